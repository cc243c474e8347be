package si.knjizniprehod.mappings.marc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marc4j.marc.Record;

/** Locates ../shared/data/marc relative to the repository root. */
public final class TestData {

    private TestData() {
    }

    public static Path marcDir() {
        String root = System.getProperty("gateway.repo.root");
        if (root != null && !root.isBlank()) {
            Path p = Paths.get(root).toAbsolutePath().normalize().resolve("../shared/data/marc").normalize();
            if (Files.isDirectory(p)) return p;
        }
        Path d = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            Path p = d.resolve("../shared/data/marc").normalize();
            if (Files.isDirectory(p) && Files.exists(d.resolve("pom.xml"))) return p;
            d = d.getParent();
        }
        throw new IllegalStateException("shared/data/marc not found (set -Dgateway.repo.root)");
    }

    public static Path file(String rel) {
        return marcDir().resolve(rel);
    }

    public static List<Path> files(String dir, String ext) {
        try (Stream<Path> s = Files.list(marcDir().resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<MarcReadResult> readResults(Path p) {
        List<MarcReadResult> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(p); MarcRecordReader r = MarcIO.reader(in)) {
            r.forEachRemaining(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<Record> records(String rel) {
        return readResults(file(rel)).stream().filter(MarcReadResult::ok).map(MarcReadResult::record).toList();
    }

    public static boolean hasYaz() {
        try {
            Process p = new ProcessBuilder("yaz-marcdump", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
