package si.knjizniprehod.sip2.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import si.knjizniprehod.sip2.account.TerminalAccounts;
import si.knjizniprehod.sip2.codec.Sip2Charset;

/**
 * Reads the server configuration (listeners, threads, accounts file) from YAML; format in docs/sip2.md.
 * {@code accounts} is a file path, relative to the configuration file, or {@code classpath:/...}.
 */
public final class Sip2ServerConfigFile {
    private Sip2ServerConfigFile() {}

    public static Sip2ServerConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Sip2ServerConfig load(InputStream in, Path baseDir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Model m = yaml.readValue(in, Model.class);
        TerminalAccounts accounts = accounts(m.accounts == null ? "classpath:" + TerminalAccounts.DEMO_RESOURCE : m.accounts,
                baseDir);
        List<ListenerConfig> listeners = new ArrayList<>();
        if (m.listeners == null || m.listeners.isEmpty()) {
            listeners.add(ListenerConfig.plain("sip2", ListenerConfig.DEFAULT_PORT));
        } else {
            for (ListenerModel l : m.listeners) {
                listeners.add(l.toConfig(baseDir));
            }
        }
        return new Sip2ServerConfig(listeners, accounts, ZoneId.of(m.zone == null ? "Europe/Ljubljana" : m.zone),
                m.ioThreads == null ? 0 : m.ioThreads, m.workerThreads == null ? 16 : m.workerThreads,
                Duration.ofSeconds(m.shutdownGraceSeconds == null ? 10 : m.shutdownGraceSeconds));
    }

    private static TerminalAccounts accounts(String ref, Path baseDir) throws IOException {
        if (ref.startsWith("classpath:")) {
            try (InputStream in = Sip2ServerConfigFile.class.getResourceAsStream(ref.substring("classpath:".length()))) {
                if (in == null) {
                    throw new IllegalArgumentException("no classpath resource " + ref);
                }
                return TerminalAccounts.load(in);
            }
        }
        return TerminalAccounts.load(resolve(baseDir, ref));
    }

    static Path resolve(Path baseDir, String p) {
        Path path = Path.of(p);
        return path.isAbsolute() || baseDir == null ? path : baseDir.resolve(path);
    }

    /** YAML shape. */
    public static final class Model {
        public String accounts;
        public String zone;
        public Integer ioThreads;
        public Integer workerThreads;
        public Integer shutdownGraceSeconds;
        public List<ListenerModel> listeners;
    }

    /** YAML shape of one listener. */
    public static final class ListenerModel {
        public String name;
        public String host;
        public Integer port;
        public TlsModel tls;
        public Boolean loginRequired;
        public String anonymousAccount;
        public String charset;
        public String fieldDelimiter;
        public Integer loginTimeoutSeconds;
        public Integer maxFrameLength;
        public Integer maxConnections;

        ListenerConfig toConfig(Path baseDir) {
            String n = name == null ? "sip2" : name;
            if (fieldDelimiter != null && fieldDelimiter.length() != 1) {
                throw new IllegalArgumentException("listener " + n + ": fieldDelimiter must be one character");
            }
            return new ListenerConfig(n, host == null ? "0.0.0.0" : host,
                    port == null ? ListenerConfig.DEFAULT_PORT : port, tls == null ? null : tls.toConfig(baseDir, n),
                    loginRequired == null || loginRequired, anonymousAccount,
                    charset == null ? Sip2Charset.UTF_8 : Sip2Charset.fromName(charset),
                    fieldDelimiter == null ? '|' : fieldDelimiter.charAt(0),
                    Duration.ofSeconds(loginTimeoutSeconds == null ? 30 : loginTimeoutSeconds),
                    maxFrameLength == null ? 4096 : maxFrameLength, maxConnections == null ? 1000 : maxConnections);
        }
    }

    /** YAML shape of TLS: either certChain + privateKey (PEM) or pkcs12. */
    public static final class TlsModel {
        public String certChain;
        public String privateKey;
        public String keyPassword;
        public String pkcs12;
        public String password;

        TlsConfig toConfig(Path baseDir, String listener) {
            if (pkcs12 != null) {
                return TlsConfig.pkcs12(resolve(baseDir, pkcs12), password);
            }
            if (certChain == null || privateKey == null) {
                throw new IllegalArgumentException("listener " + listener + ": tls needs certChain and privateKey, or pkcs12");
            }
            return TlsConfig.pem(resolve(baseDir, certChain), resolve(baseDir, privateKey), keyPassword);
        }
    }
}
