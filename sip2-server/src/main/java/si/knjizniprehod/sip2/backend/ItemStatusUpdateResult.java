package si.knjizniprehod.sip2.backend;

/** 20 Item status update. */
public record ItemStatusUpdateResult(boolean ok, String title, String itemProperties, String screenMessage) {}
