package si.knjizniprehod.sip2.backend;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * 18 Item information. When the item is unknown return {@link #unknown(String, String)}
 * (status OTHER, empty title, a screen message).
 *
 * @param securityMarker two digits: 00 other, 01 none, 02 3M Tattle-Tape, 03 3M Whisper Tape
 */
public record ItemView(boolean found, String itemId, String title, CirculationStatus status, String securityMarker,
                       LocalDateTime dueDate, Integer holdQueueLength, LocalDateTime recallDate,
                       LocalDateTime holdPickupDate, String owner, String mediaType, String permanentLocation,
                       String currentLocation, BigDecimal fee, String feeType, String itemProperties,
                       String screenMessage) {
    public static ItemView unknown(String itemId, String screenMessage) {
        return new ItemView(false, itemId, "", CirculationStatus.OTHER, "00", null, null, null, null, null, null,
                null, null, null, null, null, screenMessage);
    }
}
