package si.knjizniprehod.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.ssl.SslContextBuilder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.sip2.demo.InMemoryBackend;
import si.knjizniprehod.sip2.message.ItemInformationResponse;
import si.knjizniprehod.sip2.server.ListenerConfig;
import si.knjizniprehod.sip2.server.Sip2Server;
import si.knjizniprehod.sip2.server.TlsConfig;

/** A plain and a TLS listener side by side; the certificate is generated here with BouncyCastle. */
class TlsListenerTest {
    private static Sip2Server server;
    private static SSLContext clientContext;
    private static X509Certificate certificate;
    private static KeyPair keyPair;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair kp = g.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=localhost, O=Knjizni prehod test");
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, kp.getPublic());
        b.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.dNSName, "localhost")}));
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));

        certificate = cert;
        keyPair = kp;
        TlsConfig tls = TlsConfig.of(SslContextBuilder.forServer(kp.getPrivate(), cert).build());
        server = ServerFixture.start(InMemoryBackend.demo(), ServerFixture.demoAccounts(a -> a),
                ServerFixture.plain(),
                ListenerConfig.tls("tls", 0, tls).withHost("127.0.0.1"));

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private TestClient tlsClient() throws Exception {
        SSLSocket s = (SSLSocket) clientContext.getSocketFactory().createSocket("127.0.0.1", server.port("tls"));
        s.startHandshake();
        return new TestClient(s, StandardCharsets.UTF_8);
    }

    @Test
    void terminalWorksOverTls() throws Exception {
        try (TestClient c = tlsClient()) {
            assertThat(c.call("9300CNsc-ri|COdemo|")).startsWith("941");
            c.sendWithChecksum("17" + ServerFixture.D + "AORI|ABI001|");
            byte[] f = c.readFrame();
            assertThat(TestClient.checksumValid(f)).isTrue();
            ItemInformationResponse r = (ItemInformationResponse) ServerFixture.parse(f, StandardCharsets.UTF_8);
            assertThat(r.titleIdentifier()).isEqualTo("Čaša šumečih žvečilk");
        }
    }

    @Test
    void plainClientOnTlsPortIsRefusedCleanly() throws Exception {
        try (TestClient c = TestClient.connect(server.port("tls"), StandardCharsets.US_ASCII)) {
            c.sendWithChecksum("9300CNsc-ri|COdemo|");
            byte[] got = c.socket().getInputStream().readNBytes(64);
            // the connection is closed with at most a TLS alert: never a SIP2 answer
            assertThat(new String(got, StandardCharsets.ISO_8859_1)).doesNotContain("94");
            assertThat(c.closedByServer(2000)).isTrue();
        }
        // both listeners keep working
        try (TestClient c = tlsClient()) {
            assertThat(c.call("9300CNsc-ri|COdemo|")).startsWith("941");
        }
        try (TestClient c = TestClient.connect(server.port("plain"), StandardCharsets.UTF_8)) {
            assertThat(c.call("9300CNsc-kp|COdemo|")).startsWith("941");
        }
    }

    @Test
    void configFileWithPemFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.util.Base64.Encoder b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        java.nio.file.Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n"
                + b64.encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        java.nio.file.Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + b64.encodeToString(keyPair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        java.nio.file.Files.writeString(dir.resolve("sip2.yaml"), String.join("\n",
                "accounts: classpath:/sip2/terminal-accounts-demo.yaml",
                "workerThreads: 2",
                "listeners:",
                "  - {name: plain, host: 127.0.0.1, port: 0, fieldDelimiter: '^'}",
                "  - name: tls",
                "    host: 127.0.0.1",
                "    port: 0",
                "    tls: {certChain: cert.pem, privateKey: key.pem}",
                ""));
        si.knjizniprehod.sip2.server.Sip2ServerConfig cfg =
                si.knjizniprehod.sip2.server.Sip2ServerConfigFile.load(dir.resolve("sip2.yaml"));
        assertThat(cfg.listeners()).hasSize(2);
        assertThat(cfg.listeners().get(0).fieldDelimiter()).isEqualTo('^');
        try (Sip2Server s = new Sip2Server(cfg, InMemoryBackend.demo()).start()) {
            SSLSocket sock = (SSLSocket) clientContext.getSocketFactory().createSocket("127.0.0.1", s.port("tls"));
            sock.startHandshake();
            try (TestClient c = new TestClient(sock, StandardCharsets.UTF_8)) {
                assertThat(c.call("9300CNsc-ri|COdemo|")).startsWith("941");
            }
            try (TestClient c = TestClient.connect(s.port("plain"), StandardCharsets.UTF_8)) {
                assertThat(c.call("9300CNsc-ri^COdemo^")).startsWith("941");
            }
        }
    }
}
