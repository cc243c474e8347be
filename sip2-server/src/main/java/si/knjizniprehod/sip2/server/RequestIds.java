package si.knjizniprehod.sip2.server;

import si.knjizniprehod.sip2.codec.ParsedFrame;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Idempotency keys for SIP2 requests: {@code login-yyyyMMddHHmmss-hash}, the hash over the frame without
 * its AY/AZ trailer. A terminal that resends a message (same transaction date, same fields, perhaps a new
 * sequence number) gets the same key. The transaction date leads so that one terminal's keys arrive in
 * order: stored answers are then looked up and added at the end of the index, which stays in the page cache,
 * instead of at random places in a table that holds days of answers.
 */
final class RequestIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String NO_DATE = "00000000000000";
    // one per worker thread: looking the algorithm up costs more than hashing a frame
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(RequestIds::sha256);

    private RequestIds() {
    }

    static String of(String login, byte[] frame, ParsedFrame parsed) {
        MessageDigest md = SHA256.get();
        md.update(login.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(frame, parsed.bodyStart(), parsed.bodyEnd() - parsed.bodyStart());
        LocalDateTime date = parsed.message().transactionDate();
        return login + "-" + (date == null ? NO_DATE : STAMP.format(date)) + "-"
                + HexFormat.of().formatHex(md.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
