package si.knjizniprehod.sip2.backend;

import java.time.LocalDateTime;

/** 16 Hold: available = the item is on the shelf now. */
public record HoldResult(boolean ok, boolean available, Integer queuePosition, LocalDateTime expirationDate,
                         String pickupLocation, String itemId, String title, String screenMessage) {}
