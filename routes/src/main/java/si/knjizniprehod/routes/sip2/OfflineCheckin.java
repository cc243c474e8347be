package si.knjizniprehod.routes.sip2;

/** A return taken by a terminal during an outage, queued durably until the store is back. */
public record OfflineCheckin(String libraryId, String unitId, String itemId, String returnedOn, String requestId,
                             String terminal) {
}
