package si.knjizniprehod.core.policy;

/**
 * Why an operation was refused. The wording (Slovenian and English) is data in
 * {@code reasons.yaml}, and a library profile may override it.
 */
public enum Reason {
    MEMBER_UNKNOWN(Kind.NOT_FOUND),
    ITEM_UNKNOWN(Kind.NOT_FOUND),
    HOLD_UNKNOWN(Kind.NOT_FOUND),
    LIBRARY_UNKNOWN(Kind.NOT_FOUND),
    INVALID_REQUEST(Kind.INVALID),
    PIN_INVALID(Kind.POLICY),
    MEMBERSHIP_DORMANT(Kind.POLICY),
    MEMBERSHIP_EXPIRED(Kind.POLICY),
    MEMBER_EXCLUDED(Kind.POLICY),
    MEMBER_BLOCKED(Kind.POLICY),
    DEBT_LIMIT(Kind.POLICY),
    OVERDUE_ITEMS(Kind.POLICY),
    WRONG_LIBRARY(Kind.POLICY),
    COLLECTION_NOT_LOANABLE(Kind.POLICY),
    MATERIAL_NOT_LOANABLE(Kind.POLICY),
    SERIAL_NOT_CURRENT_YEAR(Kind.POLICY),
    LATEST_ISSUE_NOT_LOANABLE(Kind.POLICY),
    SECOND_COPY_OF_TITLE(Kind.POLICY),
    ADULT_MATERIAL_ON_CHILD_CARD(Kind.POLICY),
    MAX_ITEMS(Kind.POLICY),
    ITEM_ON_LOAN(Kind.CONFLICT),
    ITEM_RESERVED_FOR_OTHER(Kind.CONFLICT),
    ITEM_NOT_AVAILABLE(Kind.CONFLICT),
    NOT_ON_LOAN(Kind.CONFLICT),
    RENEWAL_LIMIT(Kind.POLICY),
    RENEWAL_RESERVED(Kind.POLICY),
    RENEWAL_REQUIRED_READING(Kind.POLICY),
    RENEWAL_MATERIAL_EXCLUDED(Kind.POLICY),
    RENEWAL_LATEST_ISSUE(Kind.POLICY),
    RENEWAL_OVERDUE_NOTICE(Kind.POLICY),
    RENEWAL_AFTER_DUE(Kind.POLICY),
    HOLDS_DISABLED(Kind.POLICY),
    ORDERS_DISABLED(Kind.POLICY),
    HOLD_LIMIT(Kind.POLICY),
    HOLD_MATERIAL_EXCLUDED(Kind.POLICY),
    HOLD_DUPLICATE(Kind.CONFLICT),
    HOLD_OWN_LOAN(Kind.CONFLICT),
    PAYMENT_INVALID(Kind.INVALID),
    GUARDIAN_REQUIRED(Kind.POLICY),
    PATRON_ENABLE_NOT_ALLOWED(Kind.POLICY),
    MEMBER_HAS_OBLIGATIONS(Kind.CONFLICT);

    /** Decides the HTTP status of a refusal: 404, 400, 409 (state) or 422 (rule). */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT, POLICY }

    private final Kind kind;

    Reason(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
