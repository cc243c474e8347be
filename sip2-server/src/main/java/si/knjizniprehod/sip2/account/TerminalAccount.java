package si.knjizniprehod.sip2.account;

import java.time.Duration;
import java.util.Set;
import si.knjizniprehod.sip2.backend.Language;
import si.knjizniprehod.sip2.codec.Sip2Charset;

/**
 * One self-check terminal account (SIP2 login CN/CO).
 *
 * @param login           CN
 * @param passwordHash    PBKDF2 hash of CO, see {@link PasswordHasher}
 * @param libraryId       library whose profile applies
 * @param unit            branch / unit
 * @param institutionId   AO
 * @param location        CP (terminal location; AN in 98)
 * @param libraryName     AM in 98, optional
 * @param charset         bytes on the wire after login
 * @param errorDetection  check AZ on requests and send AY/AZ on responses
 * @param timeoutPeriod   98 timeout period (three digits, 000-999)
 * @param retriesAllowed  98 retries allowed (three digits, 000-999)
 * @param operations      allowed operations (98 flags and BX)
 * @param language        screen-message language
 * @param idleTimeout     the connection is closed after this long without a message
 * @param maxConnections  concurrent logged-in connections allowed for this account
 */
public record TerminalAccount(String login, String passwordHash, String libraryId, String unit, String institutionId,
                              String location, String libraryName, Sip2Charset charset, boolean errorDetection,
                              int timeoutPeriod, int retriesAllowed, Set<Operation> operations, Language language,
                              Duration idleTimeout, int maxConnections) {
    public TerminalAccount {
        operations = Set.copyOf(operations);
    }

    public boolean allows(Operation op) {
        return operations.contains(op);
    }

    @Override
    public String toString() {
        return "TerminalAccount[" + login + " " + libraryId + "/" + unit + " AO=" + institutionId + " CP=" + location
                + " " + charset.configName() + "]";
    }
}
