package si.knjizniprehod.routes;

import org.junit.jupiter.api.Test;
import si.knjizniprehod.routes.testing.RunningGateway;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's promise, as a new user meets it: {@code java -jar routes/target/gateway.jar} starts with
 * the demo data in under 15 s, and checking out RI1005 to RI0001 gives a loan due in two days.
 */
class GatewayJarIT {

    @Test
    void theShadedJarStartsWithDemoDataAndChecksOut() throws Exception {
        String jar = System.getProperty("gateway.jar", "target/gateway.jar");
        assertThat(new File(jar)).exists();
        Path data = Files.createTempDirectory("gateway-jar");
        int http = RunningGateway.freePort();
        int sip2 = RunningGateway.freePort();
        Process p = new ProcessBuilder("java", "-jar", jar, "--data-dir", data.toString(), "--http-port",
                String.valueOf(http), "--sip2-port", String.valueOf(sip2))
                .redirectErrorStream(true).redirectOutput(data.resolve("gateway.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            long t0 = System.nanoTime();
            HttpResponse<String> health = null;
            while (System.nanoTime() - t0 < Duration.ofSeconds(15).toNanos()) {
                try {
                    health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/api/health"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(health).as("healthy within 15 s; log: " + data.resolve("gateway.log")).isNotNull();
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> out = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + http + "/api/circulation/checkout"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"library\":\"RI\",\"member\":\"RI0001\",\"item\":\"RI1005\",\"requestId\":\"jar-1\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Ljubljana"));
            LocalDate due = LocalDate.parse(out.body().replaceAll(".*\"dueDate\":\"([0-9-]+)\".*", "$1"));
            assertThat(due).isBetween(today.plusDays(2), today.plusDays(5));
            try (var socket = new java.net.Socket("127.0.0.1", sip2)) {
                socket.getOutputStream().write("9300CNsc-ri|COdemo|\r".getBytes());
                byte[] answer = socket.getInputStream().readNBytes(3);
                assertThat(new String(answer)).isEqualTo("941");
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
    }
}
