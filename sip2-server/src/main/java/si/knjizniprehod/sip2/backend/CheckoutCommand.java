package si.knjizniprehod.sip2.backend;

import java.time.LocalDateTime;

/**
 * 11 Checkout.
 *
 * @param scRenewalPolicy the terminal may renew when the item is already on loan to this patron
 * @param noBlock         the terminal already did this offline (store-and-forward): apply, don't refuse
 * @param nbDueDate       due date the terminal gave in no-block mode, else null
 * @param cancel          BI=Y: undo a previous checkout of this item (the terminal failed to desensitize)
 */
public record CheckoutCommand(String patronId, String pin, String itemId, boolean scRenewalPolicy, boolean noBlock,
                              LocalDateTime nbDueDate, boolean feeAcknowledged, boolean cancel) {}
