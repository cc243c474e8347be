package si.knjizniprehod.connectors.sru;

/** SRU protocol versions this client sends and understands. */
public enum SruVersion {
    V1_1("1.1"), V1_2("1.2"), V2_0("2.0");

    /** Response namespace of SRU 1.1 and 1.2 (also used by many servers for 2.0-less answers). */
    public static final String NS_1 = "http://www.loc.gov/zing/srw/";
    /** Response namespace of SRU 2.0. */
    public static final String NS_2 = "http://docs.oasis-open.org/ns/search-ws/sruResponse";

    private final String value;

    SruVersion(String value) {
        this.value = value;
    }

    /** The value of the {@code version} parameter, e.g. {@code 1.2}. */
    public String value() {
        return value;
    }

    public boolean isTwo() {
        return this == V2_0;
    }

    static SruVersion parse(String s, String key) {
        for (SruVersion v : values()) {
            if (v.value.equals(s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException(key + " must be 1.1, 1.2 or 2.0, got '" + s + "'");
    }
}
