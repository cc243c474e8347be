package si.knjizniprehod.sip2.backend;

/** 38 Fee paid. */
public record FeePaidResult(boolean accepted, String transactionId, String screenMessage) {}
