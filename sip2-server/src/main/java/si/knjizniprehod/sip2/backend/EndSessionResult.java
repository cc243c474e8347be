package si.knjizniprehod.sip2.backend;

/** 36 End session. */
public record EndSessionResult(boolean ended, String screenMessage) {}
