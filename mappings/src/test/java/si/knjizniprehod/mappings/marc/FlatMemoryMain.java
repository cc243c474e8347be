package si.knjizniprehod.mappings.marc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import si.knjizniprehod.mappings.marc.crosswalk.Crosswalk;

/**
 * Child process of {@link FlatMemoryTest}: streams N generated ISO 2709 records (periouni.mrc's records in a cycle,
 * a garbage record every 10,000th) through read -> UNIMARC to MARC 21 crosswalk -> MARCXML into a byte counter, and
 * prints counts and heap samples. Run it with a small -Xmx.
 */
public final class FlatMemoryMain {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path src = Path.of(args[1]);
        byte[] all = Files.readAllBytes(src);
        List<int[]> recs = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == 0x1D) { recs.add(new int[] {s, i + 1}); s = i + 1; }
        }
        byte[] garbage = "garbage that is not a MARC record\u001D".getBytes("US-ASCII");
        Generator in = new Generator(all, recs, garbage, n);
        CountingOut out = new CountingOut();
        Crosswalk cw = Crosswalk.unimarcToMarc21();
        long ok = 0;
        long errors = 0;
        List<Long> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        try (MarcRecordReader r = MarcIO.reader(in); MarcRecordWriter w = MarcIO.writer(out, MarcFormat.MARCXML)) {
            while (r.hasNext()) {
                MarcReadResult res = r.next();
                if (res.ok()) {
                    w.write(cw.apply(res.record()));
                    ok++;
                } else {
                    errors++;
                }
                long total = ok + errors;
                if (total == n / 6 || total == n / 2 || total == n) samples.add(usedAfterGc());
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.println("ok=" + ok + " errors=" + errors + " bytesIn=" + in.produced + " bytesOut=" + out.count
                + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1 << 20) + " usedAfterGcMB=" + samples
                + " seconds=" + String.format("%.1f", secs));
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    static final class CountingOut extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Produces the records lazily: nothing but the current record is ever materialised. */
    static final class Generator extends InputStream {
        private final byte[] all;
        private final List<int[]> recs;
        private final byte[] garbage;
        private final int n;
        private int produced_records;
        private byte[] cur;
        private int from;
        private int to;
        long produced;

        Generator(byte[] all, List<int[]> recs, byte[] garbage, int n) {
            this.all = all;
            this.recs = recs;
            this.garbage = garbage;
            this.n = n;
        }

        private boolean advance() {
            if (from < to) return true;
            if (produced_records >= n) return false;
            int k = produced_records++;
            if (k % 10_000 == 9_999) {
                cur = garbage;
                from = 0;
                to = garbage.length;
            } else {
                int[] r = recs.get(k % recs.size());
                cur = all;
                from = r[0];
                to = r[1];
            }
            return true;
        }

        @Override
        public int read() {
            if (!advance()) return -1;
            produced++;
            return cur[from++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!advance()) return -1;
            int c = Math.min(len, to - from);
            System.arraycopy(cur, from, b, off, c);
            from += c;
            produced += c;
            return c;
        }
    }
}
