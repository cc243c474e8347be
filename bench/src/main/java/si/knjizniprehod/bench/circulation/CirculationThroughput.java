package si.knjizniprehod.bench.circulation;

import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.circulation.OperationContext;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.ProfileRegistry;
import si.knjizniprehod.core.security.PinHasher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The circulation core without any protocol: T threads, each on its own member and items, run
 * checkout → renew → checkin cycles for S seconds on the embedded H2 file database (or
 * {@code --url=jdbc:postgresql://…}). Prints operations/s and p50/p99 per operation.
 *
 * <pre>mvn -q -pl bench compile exec:java -Dexec.mainClass=si.knjizniprehod.bench.circulation.CirculationThroughput \
 *     -Dexec.args="--threads=8 --seconds=15"</pre>
 */
public final class CirculationThroughput {
    public static void main(String[] args) throws Exception {
        int threads = 8;
        int seconds = 15;
        String url = null;
        for (String a : args) {
            if (a.startsWith("--threads=")) {
                threads = Integer.parseInt(a.substring(10));
            } else if (a.startsWith("--seconds=")) {
                seconds = Integer.parseInt(a.substring(10));
            } else if (a.startsWith("--url=")) {
                url = a.substring(6);
            }
        }
        Path dir = Files.createTempDirectory("circ-bench");
        String jdbc = url != null ? url : Database.h2FileUrl(dir);
        String user = jdbc.startsWith("jdbc:h2:") ? "sa" : "postgres";
        try (Database db = Database.open(jdbc, user, "", threads + 4)) {
            Circulation core = new Circulation(db, ProfileRegistry.bundled(), Clock.systemDefaultZone(), new PinHasher(1000));
            for (int t = 0; t < threads; t++) {
                core.members().create(new Member("B" + t, "RI", Member.PersonType.NATURAL, "B", "T" + t, null, null, "ADULT",
                        LocalDate.of(1980, 1, 1), null, null, null, null, null, null, null, null, Member.MemberState.ACTIVE,
                        LocalDate.now(), LocalDate.now().plusYears(1), LocalDate.now(), false, "sl"), null, List.of());
                for (int i = 0; i < 20; i++) {
                    core.items().create(new Item("BI" + t + "-" + i, "RI", "RI-RIB", "BB" + t + "-" + i, "T", null, "BOOK",
                            Item.Collection.LENDING, Item.Audience.ADULT, false, null, false, 1, ItemStatus.AVAILABLE, null));
                }
            }
            AtomicLong ops = new AtomicLong();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<Thread> workers = new ArrayList<>();
            List<long[]> lat = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                long[] mine = new long[2_000_000];
                lat.add(mine);
                Thread w = new Thread(() -> {
                    int n = 0;
                    int k = 0;
                    while (System.nanoTime() < end) {
                        String item = "BI" + id + "-" + (k++ % 20);
                        OperationContext ctx = new OperationContext("RI", null, "r" + id + "-" + k, "BENCH");
                        long a = System.nanoTime();
                        core.circulation().checkout(ctx, "B" + id, item);
                        long b = System.nanoTime();
                        core.circulation().renew(new OperationContext("RI", null, "n" + id + "-" + k, "BENCH"), "B" + id, item);
                        long c = System.nanoTime();
                        core.circulation().checkin(new OperationContext("RI", null, "i" + id + "-" + k, "BENCH"), item);
                        long d = System.nanoTime();
                        if (n + 3 < mine.length) {
                            mine[n++] = b - a;
                            mine[n++] = c - b;
                            mine[n++] = d - c;
                        }
                        ops.addAndGet(3);
                    }
                    mine[mine.length - 1] = n;
                });
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                w.join();
            }
            List<Long> all = new ArrayList<>();
            for (long[] l : lat) {
                for (int i = 0; i < l[l.length - 1]; i++) {
                    all.add(l[i]);
                }
            }
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%s, %d threads: %.0f write ops/s (checkout, renew, checkin), p50 %.2f ms, p99 %.2f ms%n",
                    jdbc.replaceAll(";.*", ""), threads, ops.get() / (double) seconds,
                    sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
        }
    }
}
