package si.knjizniprehod.core.policy;

/** Refuses profiles that would make the engine guess: missing sections, no units, no default period. */
final class ProfileValidator {
    private ProfileValidator() {
    }

    static void validate(LibraryProfile p) {
        require(p.id() != null && p.id().matches("[A-Z]{2,8}"), "id must be 2–8 upper-case letters");
        require(p.units() != null && !p.units().isEmpty(), "at least one unit");
        require(p.loans() != null && p.loans().periods() != null, "loans.periods");
        require(p.loans().periods().stream().anyMatch(r -> r.material() == null && r.unit() == null
                && r.requiredReading() == null), "a default loan period (a rule with days only)");
        require(p.blocks() != null, "blocks");
        require(p.renewals() != null, "renewals");
        require(p.fines() != null && p.fines().basis() != null && p.fines().amounts() != null
                && p.fines().amounts().containsKey("default"), "fines.basis and fines.amounts.default");
        require(p.holds() != null, "holds");
        require(p.orders() != null, "orders");
        require(p.membership() != null && p.membership().feeModel() != null, "membership.feeModel");
        for (LibraryProfile.PeriodRule r : p.loans().periods()) {
            require(r.days() > 0, "loan period days > 0");
            require(r.unit() == null || p.unit(r.unit()) != null, "loan period names unknown unit " + r.unit());
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("profile needs " + what);
        }
    }
}
