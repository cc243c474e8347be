package si.knjizniprehod.routes.config;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayConfigTest {

    @Test
    void precedenceIsDefaultsThenFileThenSystemPropertiesThenEnvironmentThenCommandLine() throws Exception {
        Path file = Files.createTempFile("gateway", ".properties");
        Files.writeString(file, "gateway.http.port=9001\ngateway.db.url=jdbc:file\ngateway.db.user=fromfile\n"
                + "gateway.db.pool.size=3\ngateway.catalogue.sru.url=http://file\n");
        GatewayConfig c = GatewayConfig.load(file,
                Map.of("gateway.db.url", "jdbc:sys", "gateway.db.user", "fromsys", "java.home", "/x"),
                Map.of("GATEWAY_DB_URL", "jdbc:env", "HOME", "/root"),
                Map.of("gateway.http.port", "9999"));
        assertThat(c.getInt("gateway.http.port", 0)).isEqualTo(9999);
        assertThat(c.get("gateway.db.url")).isEqualTo("jdbc:env");
        assertThat(c.get("gateway.db.user")).isEqualTo("fromsys");
        assertThat(c.getInt("gateway.db.pool.size", 0)).isEqualTo(3);
        assertThat(c.get("gateway.outbox.poll.ms")).isEqualTo("100");
        assertThat(c.withPrefix("gateway.catalogue.")).containsEntry("gateway.catalogue.sru.url", "http://file");
        assertThat(c.asMap()).doesNotContainKey("java.home");
    }

    @Test
    void describeMasksSecretsAndNamesWhereEachValueCameFrom() {
        GatewayConfig c = GatewayConfig.load(null, Map.of("gateway.db.password", "s3cret"),
                Map.of("GATEWAY_DB_URL", "jdbc:postgresql://db/gw?user=gw&password=hunter2"), Map.of());
        String text = c.describe();
        assertThat(text).doesNotContain("s3cret").doesNotContain("hunter2");
        assertThat(text).contains("gateway.db.password = ****    # system property");
        assertThat(text).contains("password=****").contains("# environment");
        assertThat(text).contains("gateway.http.port = 8080    # default");
    }

    @Test
    void badNumbersAndMissingFilesAreClearErrors() {
        GatewayConfig c = GatewayConfig.of(Map.of("gateway.http.port", "eighty"));
        assertThatThrownBy(() -> c.getInt("gateway.http.port", 8080)).hasMessageContaining("gateway.http.port");
        GatewayConfig night = GatewayConfig.of(Map.of("gateway.db.compact.at", "3h30"));
        assertThatThrownBy(() -> night.getTime("gateway.db.compact.at"))
                .hasMessageContaining("gateway.db.compact.at").hasMessageContaining("03:30").hasMessageContaining("3h30");
        assertThat(GatewayConfig.of(Map.of("gateway.db.compact.at", " 02:15 ")).getTime("gateway.db.compact.at"))
                .isEqualTo(java.time.LocalTime.of(2, 15));
        assertThatThrownBy(() -> GatewayConfig.load(Path.of("/nonexistent/x.properties"), Map.of(), Map.of(), Map.of()))
                .hasMessageContaining("/nonexistent/x.properties");
    }

    @Test
    void theConfigCommandPrintsTheEffectiveConfiguration() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int rc = new picocli.CommandLine(new si.knjizniprehod.routes.GatewayCli())
                    .execute("config", "--http-port", "8181", "--no-demo");
            assertThat(rc).isZero();
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("gateway.http.port = 8181    # command line").contains("gateway.demo = false");
    }

    @Test
    void aTakenHttpPortStopsTheStartWithAClearMessage() throws Exception {
        java.io.PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path data = Files.createTempDirectory("gateway-port");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int rc = new picocli.CommandLine(new si.knjizniprehod.routes.GatewayCli()).execute("run", "--data-dir",
                    data.toString(), "--http-port", String.valueOf(taken.getLocalPort()), "--sip2-port", "0", "--no-demo");
            assertThat(rc).isEqualTo(1);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot start").contains("is in use")
                .contains("--http-port").doesNotContain("\tat ");
    }
}
