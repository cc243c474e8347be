package si.knjizniprehod.core.circulation;

/**
 * Where and how an operation arrives: the library and unit whose rules apply, the caller's
 * request id (for idempotency; may be null) and the channel (REST, SIP2, …) for the log.
 */
public record OperationContext(String libraryId, String unitId, String requestId, String channel) {

    public static OperationContext rest(String libraryId, String unitId, String requestId) {
        return new OperationContext(libraryId, unitId, requestId, "REST");
    }
}
