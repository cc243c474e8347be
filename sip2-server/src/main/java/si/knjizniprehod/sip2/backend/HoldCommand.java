package si.knjizniprehod.sip2.backend;

import java.time.LocalDateTime;

/** 15 Hold: place (ADD), cancel (DELETE) or change (CHANGE) a hold on an item (AB) or title (AJ). */
public record HoldCommand(Mode mode, String patronId, String pin, String itemId, String title,
                          LocalDateTime expirationDate, String pickupLocation, String holdType,
                          boolean feeAcknowledged) {
    public enum Mode { ADD, DELETE, CHANGE }
}
