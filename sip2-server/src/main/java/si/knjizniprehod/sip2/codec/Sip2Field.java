package si.knjizniprehod.sip2.codec;

/** One variable-length field: two-character identifier and its value. */
public record Sip2Field(String id, String value) {}
