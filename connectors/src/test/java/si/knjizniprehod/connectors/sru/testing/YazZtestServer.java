package si.knjizniprehod.connectors.sru.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * YAZ's test server {@code yaz-ztest} answering SRU over HTTP on loopback. With the cql2rpn mapping from
 * {@code /ztest/yazgfs.xml}, a numeric CQL term gives exactly that many hits ({@code dc.title=137} has 137
 * records), bad CQL gives diagnostic 10, unknown indexes 16, a start position past the end 61. Database
 * {@code Default} answers at once, {@code SlowN} after N seconds, unknown databases with HTTP 404.
 * Schemas: {@code marcxml} and {@code opacxml} (records with holdings).
 */
public final class YazZtestServer implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    private YazZtestServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    public static YazZtestServer start() {
        Path ztest = ExternalProgram.require("yaz-ztest", "yaz");
        Path dir;
        try {
            dir = Files.createTempDirectory("yaz-ztest-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = dir.resolve("ztest.log");
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = ExternalProgram.freePort();
            ExternalProgram.copyResource("/ztest/yazgfs.xml", dir.resolve("yazgfs.xml"), "PORT",
                    Integer.toString(port));
            Process p = ExternalProgram.startAndAwaitPort(dir, log,
                    List.of(ztest.toString(), "-T", "-f", "yazgfs.xml", "-l", log.toString()), port);
            if (p != null) {
                YazZtestServer z = new YazZtestServer(dir, port, p);
                Runtime.getRuntime().addShutdownHook(new Thread(z::close));
                return z;
            }
        }
        String tail = ExternalProgram.tail(log);
        ExternalProgram.deleteTree(dir);
        throw new AssertionError("yaz-ztest did not start:\n" + tail);
    }

    public int port() {
        return port;
    }

    /** SRU base URL of a database ({@code Default}, {@code Slow2}, ...). */
    public String sruUrl(String database) {
        return "http://127.0.0.1:" + port + "/" + database;
    }

    public String sruUrl() {
        return sruUrl("Default");
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            ExternalProgram.stop(process);
            process = null;
            ExternalProgram.deleteTree(dir);
        }
    }
}
