package si.knjizniprehod.sip2.backend;

import java.time.LocalDateTime;

/**
 * 09 Checkin.
 *
 * @param returnDate      when the item was returned (the terminal may send it later in no-block mode)
 * @param currentLocation AP: where the item is now
 * @param cancel          BI=Y: undo a previous checkin
 * @param offline         the server is in outage mode: the backend must queue the checkin durably and apply
 *                        it when the store is back (see docs/sip2.md), and answer without reading the store
 */
public record CheckinCommand(String itemId, boolean noBlock, LocalDateTime returnDate, String currentLocation,
                             String itemProperties, boolean cancel, boolean offline) {}
