package si.knjizniprehod.sip2.backend;

import java.time.Instant;

/**
 * Who is asking: carried by every backend call.
 *
 * @param terminalLogin the SIP2 login (CN) of the terminal account
 * @param libraryId     library whose policy profile applies (KP, AJ, RA, PO, RI, NSK)
 * @param unit          branch / unit of that library
 * @param institutionId AO of the account
 * @param location      CP of the account (terminal location)
 * @param language      language for screen messages produced by the backend
 * @param requestId     idempotency key: the same terminal message (including a resent one after a lost
 *                      response) always carries the same id; the backend must not apply it twice.
 *                      Null for messages that change nothing (status, information, end session)
 * @param receivedAt    when the server received the message
 */
public record TerminalContext(String terminalLogin, String libraryId, String unit, String institutionId,
                              String location, Language language, String requestId, Instant receivedAt) {}
