package si.knjizniprehod.sip2.server;

import java.nio.charset.Charset;
import si.knjizniprehod.sip2.account.TerminalAccount;
import si.knjizniprehod.sip2.backend.Language;

/** State of one SIP2 connection. Touched only by the connection's worker thread (Netty keeps it on one). */
public final class Session {
    private final ListenerConfig listener;
    private TerminalAccount account;
    private byte[] lastResponse;
    private long messages;

    Session(ListenerConfig listener) {
        this.listener = listener;
    }

    public ListenerConfig listener() {
        return listener;
    }

    public TerminalAccount account() {
        return account;
    }

    public boolean loggedIn() {
        return account != null;
    }

    void account(TerminalAccount a) {
        this.account = a;
    }

    public Charset charset() {
        return account != null ? account.charset().charset() : listener.defaultCharset().charset();
    }

    public Language language() {
        return account != null ? account.language() : Language.SL;
    }

    byte[] lastResponse() {
        return lastResponse;
    }

    void lastResponse(byte[] r) {
        this.lastResponse = r;
    }

    long nextMessageNumber() {
        return ++messages;
    }
}
