package si.knjizniprehod.core.policy;

import si.knjizniprehod.core.calendar.LibraryCalendar;
import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Loan;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.LibraryProfile.FineBasis;
import si.knjizniprehod.core.policy.LibraryProfile.PeriodRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a library's profile. Pure: callers pass in what the decision depends on and get back a
 * refusal (with reason and messages) or a value. Nothing here knows any library by name.
 */
public final class PolicyEngine {
    private final ProfileRegistry profiles;
    private final ReasonCatalog reasons;

    public PolicyEngine(ProfileRegistry profiles, ReasonCatalog reasons) {
        this.profiles = profiles;
        this.reasons = reasons;
    }

    public ProfileRegistry profiles() {
        return profiles;
    }

    public Refusal refusal(String libraryId, Reason reason, Map<String, Object> args) {
        LibraryProfile p = libraryId != null && profiles.contains(libraryId) ? profiles.profile(libraryId) : null;
        return reasons.refusal(p, reason, args);
    }

    public Refusal refusal(String libraryId, Reason reason) {
        return refusal(libraryId, reason, Map.of());
    }

    // ---- membership ---------------------------------------------------------------------------

    public boolean feeExempt(LibraryProfile p, Member m, LocalDate today) {
        LibraryProfile.Membership ms = p.membership();
        if (ms.exemptCategories() != null && ms.exemptCategories().contains(m.category())) {
            return true;
        }
        Integer age = m.ageOn(today);
        return ms.exemptUnderAge() != null && age != null && age < ms.exemptUnderAge();
    }

    public MembershipState membershipState(LibraryProfile p, Member m, LocalDate today) {
        if (m.state() == Member.MemberState.EXCLUDED) {
            return MembershipState.EXCLUDED;
        }
        if (m.state() == Member.MemberState.BLOCKED) {
            return MembershipState.BLOCKED;
        }
        LibraryProfile.Membership ms = p.membership();
        if (ms.expiresAfterInactivityDays() != null && m.lastActivity() != null
                && m.lastActivity().plusDays(ms.expiresAfterInactivityDays()).isBefore(today)) {
            return MembershipState.EXPIRED;
        }
        if (ms.feeModel() == LibraryProfile.FeeModel.ANNUAL && !feeExempt(p, m, today)
                && (m.feePaidUntil() == null || m.feePaidUntil().isBefore(today))) {
            return MembershipState.DORMANT;
        }
        return MembershipState.ACTIVE;
    }

    /** The annual (or one-time enrolment) fee this member owes under the library's price list. */
    public BigDecimal membershipFee(LibraryProfile p, Member m, LocalDate today) {
        LibraryProfile.Membership ms = p.membership();
        if (feeExempt(p, m, today)) {
            return BigDecimal.ZERO;
        }
        if (ms.reducedCategories() != null && ms.reducedCategories().contains(m.category()) && ms.reducedFee() != null) {
            return ms.reducedFee();
        }
        BigDecimal fee = ms.feeModel() == LibraryProfile.FeeModel.ANNUAL ? ms.annualFee() : ms.enrolmentFee();
        return fee == null ? BigDecimal.ZERO : fee;
    }

    /** Enrolment: a minor under the profile's age needs a guardian (AJ 8, PO, RA 15). */
    public Optional<Refusal> checkEnrolment(LibraryProfile p, Member m, LocalDate today) {
        Integer limit = p.membership().guardianRequiredUnderAge();
        Integer age = m.ageOn(today);
        if (limit != null && age != null && age < limit && (m.guardianId() == null || m.guardianId().isBlank())) {
            return Optional.of(reasons.refusal(p, Reason.GUARDIAN_REQUIRED, Map.of("age", limit)));
        }
        return Optional.empty();
    }

    /** Member-level refusals shared by loans, renewals and holds. */
    public Optional<Refusal> checkMemberStanding(LibraryProfile p, Member m, BigDecimal debt, LocalDate today) {
        if (!m.libraryId().equals(p.id())
                && (p.acceptsMembersOf() == null || !p.acceptsMembersOf().contains(m.libraryId()))) {
            return refuse(p, Reason.MEMBER_UNKNOWN);
        }
        switch (membershipState(p, m, today)) {
            case EXCLUDED: return refuse(p, Reason.MEMBER_EXCLUDED);
            case BLOCKED: return refuse(p, Reason.MEMBER_BLOCKED);
            case DORMANT: return refuse(p, Reason.MEMBERSHIP_DORMANT);
            case EXPIRED: return refuse(p, Reason.MEMBERSHIP_EXPIRED);
            default: break;
        }
        BigDecimal max = p.blocks().maxDebt();
        if (max != null && debt.compareTo(max) > 0) {
            return Optional.of(reasons.refusal(p, Reason.DEBT_LIMIT, Map.of("amount", debt.setScale(2, RoundingMode.HALF_UP))));
        }
        return Optional.empty();
    }

    // ---- loans --------------------------------------------------------------------------------

    /**
     * May this member borrow this item here?
     *
     * @param activeLoans the member's current loans in this library (every unit)
     * @param holdsOnItem active holds and orders on the item
     */
    public Optional<Refusal> checkBorrow(LibraryProfile p, Member m, Item item, BigDecimal debt,
                                         List<LoanView> activeLoans, List<Hold> holdsOnItem, LocalDate today) {
        if (!item.libraryId().equals(p.id())) {
            return refuse(p, Reason.WRONG_LIBRARY);
        }
        Optional<Refusal> standing = checkMemberStanding(p, m, debt, today);
        if (standing.isPresent()) {
            return standing;
        }
        if (p.blocks().overdueItems() && activeLoans.stream().anyMatch(l -> l.dueDate().isBefore(today))) {
            return refuse(p, Reason.OVERDUE_ITEMS);
        }
        Optional<Refusal> availability = checkAvailability(p, m, item, holdsOnItem);
        if (availability.isPresent()) {
            return availability;
        }
        Optional<Refusal> material = checkLoanable(p, item, today);
        if (material.isPresent()) {
            return material;
        }
        LibraryProfile.Loans loans = p.loans();
        if (loans.oneCopyPerTitle() && item.bibId() != null
                && activeLoans.stream().anyMatch(l -> item.bibId().equals(l.bibId()))) {
            return refuse(p, Reason.SECOND_COPY_OF_TITLE);
        }
        if (loans.maxItems() != null && activeLoans.size() >= loans.maxItems()) {
            return refuse(p, Reason.MAX_ITEMS);
        }
        LibraryProfile.ChildCard child = loans.childCard();
        if (child != null && child.refuseAdultMaterialReservedOnCard() && item.audience() == Item.Audience.ADULT) {
            Integer age = m.ageOn(today);
            boolean reservedOnThisCard = holdsOnItem.stream().anyMatch(h -> h.memberId().equals(m.id()));
            if (age != null && age < child.underAge() && reservedOnThisCard) {
                return refuse(p, Reason.ADULT_MATERIAL_ON_CHILD_CARD);
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkAvailability(LibraryProfile p, Member m, Item item, List<Hold> holdsOnItem) {
        if (item.status() == ItemStatus.ON_LOAN) {
            return refuse(p, Reason.ITEM_ON_LOAN);
        }
        Optional<Hold> readyHold = holdsOnItem.stream().filter(h -> h.status() == Hold.Status.READY).findFirst();
        if (item.status() == ItemStatus.ON_HOLD_SHELF) {
            if (readyHold.isPresent() && !readyHold.get().memberId().equals(m.id())) {
                return refuse(p, Reason.ITEM_RESERVED_FOR_OTHER);
            }
            return Optional.empty();
        }
        if (item.status() != ItemStatus.AVAILABLE && item.status() != ItemStatus.IN_TRANSIT) {
            return refuse(p, Reason.ITEM_NOT_AVAILABLE);
        }
        return Optional.empty();
    }

    /** Collection and material rules: what never goes home, and the serial rules. */
    public Optional<Refusal> checkLoanable(LibraryProfile p, Item item, LocalDate today) {
        LibraryProfile.Loans loans = p.loans();
        String collection = item.collection().name();
        if (loans.nonLoanableCollections() != null && loans.nonLoanableCollections().contains(collection)) {
            Integer fromCopies = loans.collectionLoanableFromCopies() == null ? null
                    : loans.collectionLoanableFromCopies().get(collection);
            if (fromCopies == null || item.titleCopies() < fromCopies) {
                return refuse(p, Reason.COLLECTION_NOT_LOANABLE);
            }
        }
        if (loans.nonLoanableMaterials() != null && loans.nonLoanableMaterials().contains(item.materialType())) {
            return refuse(p, Reason.MATERIAL_NOT_LOANABLE);
        }
        LibraryProfile.Serials serials = loans.serials();
        if (serials != null && item.materialType().equals(serials.material())) {
            if (serials.currentYearOnly() && (item.issueYear() == null || item.issueYear() != today.getYear())) {
                return refuse(p, Reason.SERIAL_NOT_CURRENT_YEAR);
            }
            if (!serials.latestIssueLoanable() && item.latestIssue()) {
                return refuse(p, Reason.LATEST_ISSUE_NOT_LOANABLE);
            }
        }
        return Optional.empty();
    }

    public int loanDays(LibraryProfile p, Item item, String unitId) {
        return p.loans().periods().stream()
                .filter(r -> r.material() == null || r.material().equals(item.materialType()))
                .filter(r -> r.unit() == null || r.unit().equals(unitId))
                .filter(r -> r.requiredReading() == null || r.requiredReading() == item.requiredReading())
                .max(Comparator.comparingInt(PeriodRule::specificity))
                .map(PeriodRule::days)
                .orElseThrow();
    }

    public LocalDate dueDate(LibraryProfile p, Item item, String unitId, LocalDate today) {
        LocalDate due = today.plusDays(loanDays(p, item, unitId));
        if (p.loans().dueDateOnClosedDay() == LibraryProfile.DueDateOnClosedDay.NEXT_OPEN_DAY) {
            due = profiles.calendar(p.id()).nextOpenDay(unitId, due);
        }
        return due;
    }

    // ---- renewals -----------------------------------------------------------------------------

    public Optional<Refusal> checkRenew(LibraryProfile p, Member m, Item item, Loan loan, BigDecimal debt,
                                        boolean reservedByOthers, LocalDate today) {
        if (!loan.memberId().equals(m.id())) {
            return refuse(p, Reason.NOT_ON_LOAN);
        }
        Optional<Refusal> standing = checkMemberStanding(p, m, debt, today);
        if (standing.isPresent()) {
            return standing;
        }
        LibraryProfile.Renewals r = p.renewals();
        if (r.beforeDueOnly() && loan.dueDate().isBefore(today)) {
            return refuse(p, Reason.RENEWAL_AFTER_DUE);
        }
        if (r.refuseAfterOverdueNotice() && loan.noticesSent() > 0) {
            return refuse(p, Reason.RENEWAL_OVERDUE_NOTICE);
        }
        if (r.refuseWhenReserved() && reservedByOthers) {
            return refuse(p, Reason.RENEWAL_RESERVED);
        }
        if (r.refuseRequiredReading() && item.requiredReading()) {
            return refuse(p, Reason.RENEWAL_REQUIRED_READING);
        }
        if (r.excludedMaterials() != null && r.excludedMaterials().contains(item.materialType())) {
            return refuse(p, Reason.RENEWAL_MATERIAL_EXCLUDED);
        }
        if (r.refuseLatestIssue() && item.latestIssue()) {
            return refuse(p, Reason.RENEWAL_LATEST_ISSUE);
        }
        if (r.max() != null && loan.renewals() >= r.max()) {
            return refuse(p, Reason.RENEWAL_LIMIT);
        }
        return Optional.empty();
    }

    /** Zero while free renewals last, then the profile's paid-renewal fee (RI). */
    public BigDecimal renewalFee(LibraryProfile p, Loan loan) {
        LibraryProfile.Renewals r = p.renewals();
        if (loan.renewals() < r.free() || r.paidRenewalFee() == null) {
            return BigDecimal.ZERO;
        }
        return r.paidRenewalFee();
    }

    // ---- fines --------------------------------------------------------------------------------

    /** The late-return fine for one item returned on {@code returned}; zero if on time or exempt. */
    public BigDecimal fine(LibraryProfile p, Member m, Item item, Loan loan, LocalDate returned) {
        LibraryProfile.Fines f = p.fines();
        if (!returned.isAfter(loan.dueDate())) {
            return BigDecimal.ZERO;
        }
        if (m != null && f.exemptCategories() != null && f.exemptCategories().contains(m.category())) {
            return BigDecimal.ZERO;
        }
        LibraryCalendar cal = profiles.calendar(p.id());
        FineBasis basis = f.unitBasis() != null && f.unitBasis().containsKey(loan.unitId())
                ? f.unitBasis().get(loan.unitId()) : f.basis();
        boolean pause = f.pausedByClosures();
        long units = switch (basis) {
            case CALENDAR_DAY -> cal.calendarDaysBetween(loan.dueDate(), returned, pause);
            case OPEN_DAY -> cal.openDaysBetween(loan.unitId(), loan.dueDate(), returned);
            case WORKING_DAY -> cal.workingDaysBetween(loan.dueDate(), returned, pause);
            case LOAN_PERIOD -> {
                int period = loanDays(p, item, loan.unitId());
                int late = cal.calendarDaysBetween(loan.dueDate(), returned, pause);
                yield (late + period - 1) / period;
            }
        };
        BigDecimal rate = basis == FineBasis.LOAN_PERIOD && f.periodAmount() != null ? f.periodAmount()
                : f.amounts().getOrDefault(item.materialType(), f.amounts().get("default"));
        BigDecimal amount = rate.multiply(BigDecimal.valueOf(units));
        if (f.maxPerItem() != null && amount.compareTo(f.maxPerItem()) > 0) {
            amount = f.maxPerItem();
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    // ---- holds and orders ---------------------------------------------------------------------

    /**
     * An available item is ordered (to collect), a loaned one reserved (to wait for).
     *
     * @param memberActiveHolds the member's active holds and orders in this library
     */
    public Optional<Refusal> checkHold(LibraryProfile p, Member m, Item item, BigDecimal debt,
                                       List<Hold> memberActiveHolds, boolean memberHasItemOnLoan, LocalDate today) {
        if (!item.libraryId().equals(p.id())) {
            return refuse(p, Reason.WRONG_LIBRARY);
        }
        Optional<Refusal> standing = checkMemberStanding(p, m, debt, today);
        if (standing.isPresent()) {
            return standing;
        }
        boolean order = item.status() == ItemStatus.AVAILABLE;
        if (order && !p.orders().enabled()) {
            return refuse(p, Reason.ORDERS_DISABLED);
        }
        if (!order && !p.holds().enabled()) {
            return refuse(p, Reason.HOLDS_DISABLED);
        }
        Set<String> excluded = p.holds().excludedMaterials();
        if (excluded != null && excluded.contains(item.materialType())) {
            return refuse(p, Reason.HOLD_MATERIAL_EXCLUDED);
        }
        if (memberHasItemOnLoan) {
            return refuse(p, Reason.HOLD_OWN_LOAN);
        }
        if (memberActiveHolds.stream().anyMatch(h -> item.id().equals(h.itemId()))) {
            return refuse(p, Reason.HOLD_DUPLICATE);
        }
        Integer max = p.holds().maxActive();
        if (max != null && memberActiveHolds.size() >= max) {
            return Optional.of(reasons.refusal(p, Reason.HOLD_LIMIT, Map.of("max", max)));
        }
        if (order) {
            return checkLoanable(p, item, today);
        }
        return Optional.empty();
    }

    public LocalDate orderPickupBy(LibraryProfile p, LocalDate today) {
        LibraryProfile.Orders o = p.orders();
        return o.workingDays() ? profiles.calendar(p.id()).plusWorkingDays(today, o.pickupDays())
                : today.plusDays(o.pickupDays());
    }

    public LocalDate holdPickupBy(LibraryProfile p, LocalDate today) {
        return today.plusDays(p.holds().pickupDays());
    }

    public LocalDate holdExpiry(LibraryProfile p, LocalDate today) {
        int days = p.holds().lifetimeDays();
        return days > 0 ? today.plusDays(days) : null;
    }

    private Optional<Refusal> refuse(LibraryProfile p, Reason reason) {
        return Optional.of(reasons.refusal(p, reason, Map.of()));
    }
}
