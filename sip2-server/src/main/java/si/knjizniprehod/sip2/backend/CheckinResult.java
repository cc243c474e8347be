package si.knjizniprehod.sip2.backend;

/**
 * Outcome of a checkin (10).
 *
 * @param ok                whether the return was accepted (in outage mode: durably queued)
 * @param resensitize       the terminal should resensitize the item
 * @param alert             the item needs staff attention (hold for another patron, transit, ...)
 * @param permanentLocation AQ
 * @param patronId          AA: the patron who had it, or null
 * @param sortBin           CL: sorter bin, or null
 */
public record CheckinResult(boolean ok, boolean resensitize, boolean alert, String title, String permanentLocation,
                            String patronId, String mediaType, Boolean magneticMedia, String sortBin,
                            String screenMessage) {}
