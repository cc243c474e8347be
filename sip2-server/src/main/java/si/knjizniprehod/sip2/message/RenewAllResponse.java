package si.knjizniprehod.sip2.message;

import java.util.List;
import java.time.LocalDateTime;
import si.knjizniprehod.sip2.codec.FieldReader;
import si.knjizniprehod.sip2.codec.FieldWriter;
import si.knjizniprehod.sip2.codec.Sip2ParseException;

/** 66 Renew all response. */
public record RenewAllResponse(boolean ok, int renewedCount, int unrenewedCount, LocalDateTime transactionDate,
                               String institutionId, List<String> renewedItems, List<String> unrenewedItems,
                               String screenMessage, String printLine) implements Sip2Message {
    public MessageType type() { return MessageType.RENEW_ALL_RESPONSE; }

    public void write(FieldWriter w) {
        w.ok(ok).num(renewedCount, 4).num(unrenewedCount, 4).date(transactionDate).req("AO", institutionId)
                .all("BM", renewedItems).all("BN", unrenewedItems).opt("AF", screenMessage).opt("AG", printLine);
    }

    public static RenewAllResponse parse(FieldReader r) throws Sip2ParseException {
        return new RenewAllResponse(r.ok(), r.num(4), r.num(4), r.date(), r.req("AO"), r.all("BM"), r.all("BN"),
                r.opt("AF"), r.opt("AG"));
    }
}
