package si.knjizniprehod.sip2;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import si.knjizniprehod.sip2.account.TerminalAccount;
import si.knjizniprehod.sip2.account.TerminalAccounts;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.codec.Sip2ParseException;
import si.knjizniprehod.sip2.message.Sip2Message;
import si.knjizniprehod.sip2.server.ListenerConfig;
import si.knjizniprehod.sip2.server.Sip2Server;
import si.knjizniprehod.sip2.server.Sip2ServerConfig;

/** Starts a real server on a free port with the demo accounts. */
final class ServerFixture {
    static final String D = "20251123    120000";
    static final String BLANK_DATE = " ".repeat(18);
    static final Sip2Codec CODEC = new Sip2Codec();

    static TerminalAccounts demoAccounts(UnaryOperator<TerminalAccount> change) {
        List<TerminalAccount> out = new ArrayList<>();
        for (TerminalAccount a : TerminalAccounts.demo().all()) {
            out.add(change.apply(a));
        }
        return new TerminalAccounts(out);
    }

    static TerminalAccount withIdle(TerminalAccount a, Duration idle, int maxConnections) {
        return new TerminalAccount(a.login(), a.passwordHash(), a.libraryId(), a.unit(), a.institutionId(),
                a.location(), a.libraryName(), a.charset(), a.errorDetection(), a.timeoutPeriod(), a.retriesAllowed(),
                a.operations(), a.language(), idle, maxConnections);
    }

    static Sip2Server start(Sip2Backend backend, TerminalAccounts accounts, ListenerConfig... listeners) throws Exception {
        Sip2ServerConfig cfg = new Sip2ServerConfig(List.of(listeners), accounts, ZoneId.of("Europe/Ljubljana"), 2, 4,
                Duration.ofSeconds(5));
        return new Sip2Server(cfg, backend).start();
    }

    static ListenerConfig plain() {
        return ListenerConfig.plain("plain", 0).withHost("127.0.0.1");
    }

    static Sip2Message parse(byte[] frame, Charset cs) throws Sip2ParseException {
        return CODEC.parse(frame, cs, true).message();
    }

    private ServerFixture() {}
}
