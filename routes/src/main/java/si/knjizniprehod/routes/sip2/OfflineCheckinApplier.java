package si.knjizniprehod.routes.sip2;

import com.fasterxml.jackson.core.JsonProcessingException;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.circulation.OperationContext;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.routes.api.Http;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;

/**
 * Applies a queued offline return once the store answers again, with the day it came back. A return
 * the rules refuse (unknown item) is logged and dropped: the item is on the shelf either way.
 */
public final class OfflineCheckinApplier {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineCheckinApplier.class);
    private final Circulation core;

    public OfflineCheckinApplier(Circulation core) {
        this.core = core;
    }

    public String serialize(OfflineCheckin c) throws JsonProcessingException {
        return Http.JSON.writeValueAsString(c);
    }

    /** Throws DataAccessException while the store is still down, so the route redelivers. */
    public void apply(String json) throws JsonProcessingException {
        OfflineCheckin c = Http.JSON.readValue(json, OfflineCheckin.class);
        try {
            core.circulation().checkin(new OperationContext(c.libraryId(), c.unitId(), c.requestId(), "SIP2-OFFLINE"),
                    c.itemId(), LocalDate.parse(c.returnedOn()));
        } catch (CirculationRefusedException e) {
            LOG.warn("offline return not applied ({}): {}", e.reason(), si.knjizniprehod.core.security.Mask.id(c.itemId()));
        }
    }
}
