package si.knjizniprehod.connectors.sru.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Helpers for tests that run real outside programs (zebrasrv, yaz-ztest) on loopback. */
public final class ExternalProgram {

    private ExternalProgram() {
    }

    /**
     * The absolute path of a program on PATH. A missing program FAILS the test (CI installs it); it is
     * never a reason to skip.
     */
    public static Path require(String program, String debianPackage) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, program);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new AssertionError(program + " is not installed (not on PATH). These tests run against a real "
                + "server and must not be skipped; install it with: apt-get install -y " + debianPackage);
    }

    /** A loopback port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a program to completion in {@code dir}; fails with its output if it exits non-zero. */
    public static void run(Path dir, Path log, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with " + p.exitValue() + ":\n"
                        + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Starts a server process and waits until it accepts TCP connections on {@code port}.
     *
     * @return the process, or {@code null} if it exited early (e.g. port taken; caller may retry)
     */
    public static Process startAndAwaitPort(Path dir, Path log, List<String> command, int port) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    return null;
                }
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return p;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            stop(p);
            throw new AssertionError(String.join(" ", command) + " did not open port " + port + " within 10 s:\n"
                    + tail(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Stops a process we started (by its handle, never by name). */
    public static void stop(Process p) {
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Last lines of a log file, for failure messages. */
    public static String tail(Path log) {
        try (InputStream in = Files.newInputStream(log)) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.length() > 3000 ? "..." + s.substring(s.length() - 3000) : s;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Deletes a directory tree, ignoring errors. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Copies a classpath resource to a file, replacing {@code @KEY@} placeholders. */
    public static void copyResource(String resource, Path target, String... keyValues) {
        try (InputStream in = ExternalProgram.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("test resource missing: " + resource);
            }
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                s = s.replace("@" + keyValues[i] + "@", keyValues[i + 1]);
            }
            Files.writeString(target, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
