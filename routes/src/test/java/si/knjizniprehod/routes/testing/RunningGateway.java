package si.knjizniprehod.routes.testing;

import si.knjizniprehod.routes.Gateway;
import si.knjizniprehod.routes.config.GatewayConfig;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A real gateway on free ports with its own data directory, and a small HTTP client for it. */
public final class RunningGateway implements AutoCloseable {
    private final Gateway gateway;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RunningGateway(Map<String, String> extra) throws Exception {
        this.dataDir = Files.createTempDirectory("gateway-test");
        Map<String, String> cfg = new HashMap<>();
        cfg.put("gateway.data.dir", dataDir.toString());
        cfg.put("gateway.http.port", String.valueOf(freePort()));
        cfg.put("gateway.sip2.port", String.valueOf(freePort()));
        cfg.put("gateway.outbox.poll.ms", "50");
        cfg.putAll(extra);
        this.gateway = new Gateway(GatewayConfig.of(cfg)).start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public Gateway gateway() {
        return gateway;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway.httpPort() + path);
    }

    @Override
    public void close() throws Exception {
        gateway.stop();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
