package si.knjizniprehod.connectors.sru.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared sample data ({@code ../shared/data/marc} next to the repository root). Surefire passes the
 * root as system property {@code gateway.repo.root}; without it (IDE runs) we walk up from {@code user.dir}.
 * Missing data is a test failure with a clear message, never a skip.
 */
public final class TestData {

    private TestData() {
    }

    /** {@code <repo>/../shared/data/marc}. */
    public static Path marcDir() {
        String root = System.getProperty("gateway.repo.root");
        if (root != null && !root.isBlank()) {
            Path p = Paths.get(root).toAbsolutePath().normalize().resolve("../shared/data/marc").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path d = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            for (Path candidate : new Path[] {d.resolve("../shared/data/marc"), d.resolve("shared/data/marc")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new AssertionError("sample MARC data not found: expected ../shared/data/marc next to the repository "
                + "root (gateway.repo.root=" + root + ", user.dir=" + System.getProperty("user.dir") + ")");
    }

    /** A file under the MARC data directory, e.g. {@code marc21/pride-and-prejudice-fixed.mrc}. */
    public static Path marc(String relative) {
        Path p = marcDir().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("sample file missing: " + p);
        }
        return p;
    }
}
