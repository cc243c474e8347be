package si.knjizniprehod.sip2.message;

import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/**
 * 63 Patron information. {@code summary} is 10 characters; a 'Y' at position 0..5 asks for the list of hold,
 * overdue, charged, fine, recall or unavailable-hold items. BP/BQ give the 1-based range of the list.
 */
public record PatronInformationRequest(String language, LocalDateTime transactionDate, String summary,
                                       String institutionId, String patronId, String terminalPassword,
                                       String patronPassword, Integer startItem, Integer endItem)
        implements Sip2Message {
    public MessageType type() { return MessageType.PATRON_INFORMATION; }

    public void write(FieldWriter w) {
        w.fixed(language, 3).date(transactionDate).fixed(summary, 10).req("AO", institutionId).req("AA", patronId)
                .opt("AC", terminalPassword).opt("AD", patronPassword)
                .opt("BP", startItem == null ? null : startItem.toString())
                .opt("BQ", endItem == null ? null : endItem.toString());
    }

    /** Index 0..5 of the first 'Y' in the summary, or -1 when no list is asked for. */
    public int requestedList() {
        for (int i = 0; i < Math.min(6, summary.length()); i++) {
            if (summary.charAt(i) == 'Y' || summary.charAt(i) == 'y') {
                return i;
            }
        }
        return -1;
    }

    public static PatronInformationRequest parse(FieldReader r) throws Sip2ParseException {
        return new PatronInformationRequest(r.fixed(3), r.date(), r.fixed(10), r.req("AO"), r.req("AA"), r.opt("AC"),
                r.opt("AD"), intOrNull(r.opt("BP")), intOrNull(r.opt("BQ")));
    }

    static Integer intOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
