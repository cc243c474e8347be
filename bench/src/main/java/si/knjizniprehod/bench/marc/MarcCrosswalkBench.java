package si.knjizniprehod.bench.marc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.marc4j.MarcStreamReader;
import org.marc4j.MarcXmlWriter;
import si.knjizniprehod.mappings.marc.MarcFormat;
import si.knjizniprehod.mappings.marc.MarcIO;
import si.knjizniprehod.mappings.marc.MarcReadResult;
import si.knjizniprehod.mappings.marc.MarcRecordReader;
import si.knjizniprehod.mappings.marc.MarcRecordWriter;
import si.knjizniprehod.mappings.marc.crosswalk.Crosswalk;

/**
 * UNIMARC ISO 2709 -> crosswalk -> MARC 21 MARCXML over periouni.mrc concatenated ten times (30,640 records,
 * built in a scratch directory), steady state, against {@code yaz-marcdump -i marc -o marcxml} on the same file
 * and plain Marc4J read+write (MarcStreamReader "UTF-8" + MarcXmlWriter, no crosswalk).
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=si.knjizniprehod.bench.marc.MarcCrosswalkBench}
 * (optional args: data dir [default ../shared/data/marc from the repo root], warm-up passes, measured passes).
 * After warm-up passes, measured rounds run ours, yaz and Marc4J in turn (so load from other processes falls on all
 * three alike); each line reports the median wall time, the ratio is the median of the per-round ratios. Output goes
 * to a byte counter (ours, Marc4J) or /dev/null (yaz); input comes from the page cache for all three. The heap used
 * after a full GC before and after the measured rounds shows whether memory stays flat.
 */
public final class MarcCrosswalkBench {

    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Paths.get(args[0]) : findData();
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path scratch = Files.createTempDirectory("marc-bench");
        Path file = scratch.resolve("periouni-x10.mrc");
        byte[] one = Files.readAllBytes(data.resolve("unimarc/periouni.mrc"));
        try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            for (int i = 0; i < 10; i++) o.write(one);
        }
        System.out.printf(Locale.ROOT, "file %s: %,d bytes; JVM %s, %d CPUs, max heap %d MiB%n", file, Files.size(file),
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        Crosswalk cw = Crosswalk.unimarcToMarc21();
        long n = ours(file, cw);
        boolean haveYaz = true;
        try {
            yaz(file);
        } catch (IOException e) {
            haveYaz = false;
            System.out.println("yaz    not available: " + e.getMessage());
        }
        // warm-up (JIT) for both JVM paths
        for (int i = 0; i < warm; i++) {
            ours(file, cw);
            marc4j(file);
        }
        long heap0 = usedAfterGc();
        // measured rounds interleave the three lines so that load from other processes hits them alike
        List<Double> t = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> m = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            if (ours(file, cw) != n) throw new IllegalStateException("record count changed");
            t.add((System.nanoTime() - s) / 1e9);
            cpu.add((mx.getCurrentThreadCpuTime() - c0) / 1e9);
            if (haveYaz) {
                s = System.nanoTime();
                yaz(file);
                y.add((System.nanoTime() - s) / 1e9);
                ratios.add(y.get(i) / t.get(i));
            }
            s = System.nanoTime();
            marc4j(file);
            m.add((System.nanoTime() - s) / 1e9);
        }
        long heap1 = usedAfterGc();
        System.out.printf(Locale.ROOT, "ours   (ISO 2709 -> UNIMARC->MARC 21 crosswalk -> MARCXML): %,d records, median %.3f s, %,.0f records/s (%,.0f records/s of thread CPU time); heap after GC %d -> %d MiB%n",
                n, median(t), n / median(t), n / median(cpu), heap0, heap1);
        if (haveYaz) {
            System.out.printf(Locale.ROOT, "yaz    (yaz-marcdump -i marc -o marcxml, no crosswalk):      %,d records, median %.3f s, %,.0f records/s%n",
                    n, median(y), n / median(y));
        }
        System.out.printf(Locale.ROOT, "marc4j (MarcStreamReader UTF-8 -> MarcXmlWriter, no crosswalk): %,d records, median %.3f s, %,.0f records/s%n",
                n, median(m), n / median(m));
        if (haveYaz) {
            System.out.printf(Locale.ROOT, "ratio ours / yaz = %.2f (median of %d interleaved rounds; min %.2f, max %.2f; target >= 0.80)%n",
                    median(ratios), runs, Collections.min(ratios), Collections.max(ratios));
        }
        Files.delete(file);
        Files.delete(scratch);
    }

    static long ours(Path file, Crosswalk cw) throws IOException {
        long n = 0;
        try (InputStream in = Files.newInputStream(file);
             MarcRecordReader r = MarcIO.reader(in);
             MarcRecordWriter w = MarcIO.writer(new Null(), MarcFormat.MARCXML)) {
            while (r.hasNext()) {
                MarcReadResult res = r.next();
                if (!res.ok()) throw new IllegalStateException(res.toString());
                w.write(cw.apply(res.record()));
                n++;
            }
        }
        return n;
    }

    static void yaz(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("yaz-marcdump", "-i", "marc", "-o", "marcxml", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IOException("yaz-marcdump exit " + p.exitValue());
    }

    static long marc4j(Path file) throws IOException {
        long n = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            MarcStreamReader r = new MarcStreamReader(in, "UTF-8");
            MarcXmlWriter w = new MarcXmlWriter(new Null(), "UTF-8");
            while (r.hasNext()) {
                w.write(r.next());
                n++;
            }
            w.close();
        }
        return n;
    }

    static double median(List<Double> l) {
        List<Double> s = new ArrayList<>(l);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static long usedAfterGc() {
        for (int i = 0; i < 2; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    static Path findData() {
        String root = System.getProperty("gateway.repo.root", System.getProperty("maven.multiModuleProjectDirectory"));
        Path d = Paths.get(root != null ? root : System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            Path p = d.resolve("../shared/data/marc").normalize();
            if (Files.isDirectory(p.resolve("unimarc"))) return p;
            d = d.getParent();
        }
        throw new IllegalStateException("../shared/data/marc not found; pass the directory as the first argument");
    }

    static final class Null extends OutputStream {
        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
