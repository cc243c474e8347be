package si.knjizniprehod.sip2.server;

import java.time.Duration;
import si.knjizniprehod.sip2.codec.Sip2Charset;

/**
 * One listening socket.
 *
 * @param name              for logs
 * @param host              bind address (0.0.0.0 for all)
 * @param port              TCP port; 0 picks a free one (tests), default 6001
 * @param tls               null for plain TCP
 * @param loginRequired     when false, connections start logged in as {@code anonymousAccount}
 * @param anonymousAccount  account used when login is not required (must exist)
 * @param defaultCharset    charset before login (after login the account's charset applies)
 * @param fieldDelimiter    variable-field delimiter, '|' by default
 * @param loginTimeout      a connection that sends no complete message for this long before logging in is closed
 * @param maxFrameLength    longest accepted message in bytes; longer ones are answered with 96 and discarded
 * @param maxConnections    connections accepted on this listener at the same time; more are closed at once
 */
public record ListenerConfig(String name, String host, int port, TlsConfig tls, boolean loginRequired,
                             String anonymousAccount, Sip2Charset defaultCharset, char fieldDelimiter,
                             Duration loginTimeout, int maxFrameLength, int maxConnections) {
    public static final int DEFAULT_PORT = 6001;

    public ListenerConfig {
        if (!loginRequired && (anonymousAccount == null || anonymousAccount.isBlank())) {
            throw new IllegalArgumentException("listener " + name + ": anonymousAccount needed when login is not required");
        }
        if (maxFrameLength < 64) {
            throw new IllegalArgumentException("listener " + name + ": maxFrameLength must be >= 64");
        }
    }

    /** Plain TCP, login required, UTF-8 before login, '|' delimiter, 30 s login timeout, 4096-byte frames. */
    public static ListenerConfig plain(String name, int port) {
        return new ListenerConfig(name, "0.0.0.0", port, null, true, null, Sip2Charset.UTF_8, '|',
                Duration.ofSeconds(30), 4096, 1000);
    }

    public static ListenerConfig tls(String name, int port, TlsConfig tls) {
        return plain(name, port).withTls(tls);
    }

    public ListenerConfig withTls(TlsConfig t) {
        return new ListenerConfig(name, host, port, t, loginRequired, anonymousAccount, defaultCharset, fieldDelimiter,
                loginTimeout, maxFrameLength, maxConnections);
    }

    public ListenerConfig withPort(int p) {
        return new ListenerConfig(name, host, p, tls, loginRequired, anonymousAccount, defaultCharset, fieldDelimiter,
                loginTimeout, maxFrameLength, maxConnections);
    }

    public ListenerConfig withHost(String h) {
        return new ListenerConfig(name, h, port, tls, loginRequired, anonymousAccount, defaultCharset, fieldDelimiter,
                loginTimeout, maxFrameLength, maxConnections);
    }

    public ListenerConfig withoutLogin(String account) {
        return new ListenerConfig(name, host, port, tls, false, account, defaultCharset, fieldDelimiter, loginTimeout,
                maxFrameLength, maxConnections);
    }

    public ListenerConfig withLoginTimeout(Duration d) {
        return new ListenerConfig(name, host, port, tls, loginRequired, anonymousAccount, defaultCharset, fieldDelimiter,
                d, maxFrameLength, maxConnections);
    }

    public ListenerConfig withMaxFrameLength(int n) {
        return new ListenerConfig(name, host, port, tls, loginRequired, anonymousAccount, defaultCharset, fieldDelimiter,
                loginTimeout, n, maxConnections);
    }

    public ListenerConfig withMaxConnections(int n) {
        return new ListenerConfig(name, host, port, tls, loginRequired, anonymousAccount, defaultCharset, fieldDelimiter,
                loginTimeout, maxFrameLength, n);
    }

    public ListenerConfig withFieldDelimiter(char c) {
        return new ListenerConfig(name, host, port, tls, loginRequired, anonymousAccount, defaultCharset, c,
                loginTimeout, maxFrameLength, maxConnections);
    }

    public ListenerConfig withDefaultCharset(Sip2Charset cs) {
        return new ListenerConfig(name, host, port, tls, loginRequired, anonymousAccount, cs, fieldDelimiter,
                loginTimeout, maxFrameLength, maxConnections);
    }
}
