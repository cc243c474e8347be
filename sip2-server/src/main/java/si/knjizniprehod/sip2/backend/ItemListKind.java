package si.knjizniprehod.sip2.backend;

/** The item list asked for by the summary field of 63, in summary position order, with its field id in 64. */
public enum ItemListKind {
    HOLD("AS"), OVERDUE("AT"), CHARGED("AU"), FINE("AV"), RECALL("BU"), UNAVAILABLE_HOLD("CD");

    private final String fieldId;

    ItemListKind(String fieldId) {
        this.fieldId = fieldId;
    }

    public String fieldId() {
        return fieldId;
    }
}
