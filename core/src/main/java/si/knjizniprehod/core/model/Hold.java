package si.knjizniprehod.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reservation of a loaned item (HOLD) or a request for an available one (ORDER).
 */
public record Hold(
        long id,
        Kind kind,
        String libraryId,
        String pickupUnitId,
        String memberId,
        String itemId,
        Instant placedAt,
        LocalDate expiresOn,
        Status status,
        LocalDate pickupBy) {

    public enum Kind { HOLD, ORDER }

    public enum Status { WAITING, READY, FULFILLED, CANCELLED, EXPIRED }

    public boolean isActive() {
        return status == Status.WAITING || status == Status.READY;
    }
}
