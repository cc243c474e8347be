package si.knjizniprehod.sip2.backend;

import java.time.LocalDateTime;

/** 29 Renew: by item id (AB) or, when absent, by title (AJ). */
public record RenewCommand(String patronId, String pin, String itemId, String title, boolean thirdPartyAllowed,
                           boolean noBlock, LocalDateTime nbDueDate, boolean feeAcknowledged) {}
