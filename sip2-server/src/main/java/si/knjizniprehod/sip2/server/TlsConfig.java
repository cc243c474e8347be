package si.knjizniprehod.sip2.server;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;

/**
 * TLS for a listener: PEM certificate chain + PKCS#8 private key, a PKCS#12 key store, or a ready
 * {@link SslContext} (tests, or when routes builds it).
 */
public final class TlsConfig {
    private final SslContext context;
    private final Path certChainPem;
    private final Path privateKeyPem;
    private final Path pkcs12;
    private final String password;

    private TlsConfig(SslContext context, Path certChainPem, Path privateKeyPem, Path pkcs12, String password) {
        this.context = context;
        this.certChainPem = certChainPem;
        this.privateKeyPem = privateKeyPem;
        this.pkcs12 = pkcs12;
        this.password = password;
    }

    public static TlsConfig of(SslContext context) {
        return new TlsConfig(context, null, null, null, null);
    }

    /** PEM files; keyPassword null for an unencrypted key. */
    public static TlsConfig pem(Path certChain, Path privateKey, String keyPassword) {
        return new TlsConfig(null, certChain, privateKey, null, keyPassword);
    }

    public static TlsConfig pkcs12(Path keyStore, String password) {
        return new TlsConfig(null, null, null, keyStore, password);
    }

    /** Builds the server context (TLS 1.2 and 1.3 only). */
    public SslContext build() throws Exception {
        if (context != null) {
            return context;
        }
        SslContextBuilder b;
        if (pkcs12 != null) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            char[] pw = password == null ? new char[0] : password.toCharArray();
            try (InputStream in = Files.newInputStream(pkcs12)) {
                ks.load(in, pw);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, pw);
            b = SslContextBuilder.forServer(kmf);
        } else {
            b = SslContextBuilder.forServer(certChainPem.toFile(), privateKeyPem.toFile(), password);
        }
        return b.protocols("TLSv1.3", "TLSv1.2").build();
    }
}
