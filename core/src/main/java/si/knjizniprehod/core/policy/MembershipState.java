package si.knjizniprehod.core.policy;

/** A member's standing at a given day, derived from the stored state, fees and activity. */
public enum MembershipState {
    ACTIVE, DORMANT, EXPIRED, EXCLUDED, BLOCKED
}
