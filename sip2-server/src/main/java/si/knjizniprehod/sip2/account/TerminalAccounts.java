package si.knjizniprehod.sip2.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import si.knjizniprehod.sip2.backend.Language;
import si.knjizniprehod.sip2.codec.Sip2Charset;

/**
 * The terminal accounts, loaded from YAML (format in docs/sip2.md). The demo file is the classpath resource
 * {@value #DEMO_RESOURCE}.
 */
public final class TerminalAccounts {
    public static final String DEMO_RESOURCE = "/sip2/terminal-accounts-demo.yaml";

    private final Map<String, TerminalAccount> byLogin;

    public TerminalAccounts(List<TerminalAccount> accounts) {
        Map<String, TerminalAccount> m = new LinkedHashMap<>();
        for (TerminalAccount a : accounts) {
            if (m.put(a.login(), a) != null) {
                throw new IllegalArgumentException("duplicate terminal account " + a.login());
            }
        }
        this.byLogin = java.util.Collections.unmodifiableMap(m);
    }

    public Optional<TerminalAccount> find(String login) {
        return Optional.ofNullable(byLogin.get(login));
    }

    /** The account when login and password match, else empty. */
    public Optional<TerminalAccount> authenticate(String login, String password) {
        TerminalAccount a = byLogin.get(login);
        if (a == null) {
            PasswordHasher.verify(password == null ? "" : password, DUMMY); // same cost for unknown logins
            return Optional.empty();
        }
        return PasswordHasher.verify(password, a.passwordHash()) ? Optional.of(a) : Optional.empty();
    }

    private static final String DUMMY = PasswordHasher.hash("dummy", 10_000);

    public List<TerminalAccount> all() {
        return List.copyOf(byLogin.values());
    }

    public static TerminalAccounts demo() {
        try (InputStream in = TerminalAccounts.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEMO_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TerminalAccounts load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static TerminalAccounts load(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        FileModel f = yaml.readValue(in, FileModel.class);
        AccountModel d = f.defaults == null ? new AccountModel() : f.defaults;
        List<TerminalAccount> out = new ArrayList<>();
        if (f.accounts != null) {
            for (AccountModel a : f.accounts) {
                out.add(a.toAccount(d));
            }
        }
        return new TerminalAccounts(out);
    }

    /** YAML shape of the file. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public static final class FileModel {
        public AccountModel defaults;
        public List<AccountModel> accounts;
    }

    /** YAML shape of one account (and of {@code defaults}). */
    public static final class AccountModel {
        public String login;
        public String passwordHash;
        public String library;
        public String unit;
        public String institutionId;
        public String location;
        public String libraryName;
        public String charset;
        public Boolean errorDetection;
        public Integer timeoutPeriod;
        public Integer retriesAllowed;
        public List<String> operations;
        public String language;
        public Integer idleTimeoutSeconds;
        public Integer maxConnections;

        TerminalAccount toAccount(AccountModel d) {
            String lg = req(login, "login");
            String hash = req(passwordHash, "passwordHash of " + lg);
            if (!PasswordHasher.wellFormed(hash)) {
                throw new IllegalArgumentException("passwordHash of " + lg + " is not a pbkdf2-sha256 hash");
            }
            String lib = req(library, "library of " + lg);
            Set<Operation> ops = EnumSet.noneOf(Operation.class);
            List<String> opNames = operations != null ? operations : d.operations;
            if (opNames == null) {
                ops = EnumSet.of(Operation.CHECKIN, Operation.CHECKOUT, Operation.RENEWAL, Operation.FEE_PAID,
                        Operation.HOLD, Operation.BLOCK_PATRON, Operation.OFFLINE);
            } else {
                for (String s : opNames) {
                    ops.add(Operation.fromConfig(s));
                }
            }
            int timeout = or(timeoutPeriod, d.timeoutPeriod, 30);
            int retries = or(retriesAllowed, d.retriesAllowed, 3);
            if (timeout < 0 || timeout > 999 || retries < 0 || retries > 999) {
                throw new IllegalArgumentException("timeoutPeriod/retriesAllowed of " + lg + " must be 0..999");
            }
            int maxConn = or(maxConnections, d.maxConnections, 2);
            if (maxConn < 1) {
                throw new IllegalArgumentException("maxConnections of " + lg + " must be >= 1");
            }
            return new TerminalAccount(lg, hash, lib, or(unit, d.unit, lib), or(institutionId, d.institutionId, lib),
                    or(location, d.location, ""), or(libraryName, d.libraryName, null),
                    Sip2Charset.fromName(or(charset, d.charset, "UTF-8")), or(errorDetection, d.errorDetection, true),
                    timeout, retries, ops, Language.fromConfig(or(language, d.language, "sl")),
                    Duration.ofSeconds(or(idleTimeoutSeconds, d.idleTimeoutSeconds, 300)), maxConn);
        }

        private static String req(String v, String what) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("terminal account: missing " + what);
            }
            return v;
        }

        private static <T> T or(T v, T d, T def) {
            return v != null ? v : d != null ? d : def;
        }
    }
}
