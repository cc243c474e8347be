package si.knjizniprehod.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One library's rules of business, read from {@code libraries/<id>.yaml}. Every rule the policy
 * engine applies comes from here; absent sections mean "no such rule".
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record LibraryProfile(
        String id,
        String name,
        String source,
        String currency,
        List<Unit> units,
        Calendar calendar,
        Loans loans,
        Blocks blocks,
        Renewals renewals,
        Fines fines,
        Holds holds,
        Orders orders,
        Membership membership,
        Set<String> acceptsMembersOf,
        Map<String, Map<String, String>> messages) {

    public record Unit(String id, String name, boolean mobile, Set<DayOfWeek> openDays) {
    }

    public record Calendar(
            Set<DayOfWeek> closedWeekdays,
            List<String> holidays,
            List<MovableHoliday> movableHolidays,
            List<Closure> closures) {
    }

    public enum MovableHoliday { EASTER_SUNDAY, EASTER_MONDAY, WHIT_SUNDAY }

    /** A closure of the whole library (outage, moving); {@code pausesObligations} per RA 8. */
    public record Closure(LocalDate from, LocalDate to, String reason, boolean pausesObligations) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public record Loans(
            List<PeriodRule> periods,
            DueDateOnClosedDay dueDateOnClosedDay,
            Set<String> nonLoanableCollections,
            Map<String, Integer> collectionLoanableFromCopies,
            Set<String> nonLoanableMaterials,
            Serials serials,
            boolean oneCopyPerTitle,
            Integer maxItems,
            ChildCard childCard) {
    }

    /** A rule matches when every criterion it names matches; the most specific match wins. */
    public record PeriodRule(String material, String unit, Boolean requiredReading, int days) {
        int specificity() {
            return (material != null ? 1 : 0) + (unit != null ? 1 : 0) + (requiredReading != null ? 2 : 0);
        }
    }

    public enum DueDateOnClosedDay { NEXT_OPEN_DAY, KEEP }

    public record Serials(String material, boolean currentYearOnly, boolean latestIssueLoanable) {
    }

    /** RA 24: adult-department material ordered on a child's card cannot be borrowed on it. */
    public record ChildCard(int underAge, boolean refuseAdultMaterialReservedOnCard) {
    }

    /** {@code selfServiceUnblock}: may a terminal lift a block it set (SIP2 25 after 01)? */
    public record Blocks(BigDecimal maxDebt, boolean overdueItems, boolean selfServiceUnblock) {
    }

    public record Renewals(
            Integer max,
            int free,
            BigDecimal paidRenewalFee,
            boolean beforeDueOnly,
            boolean refuseWhenReserved,
            boolean refuseRequiredReading,
            Set<String> excludedMaterials,
            boolean refuseLatestIssue,
            boolean refuseAfterOverdueNotice) {
    }

    public enum FineBasis { CALENDAR_DAY, OPEN_DAY, WORKING_DAY, LOAN_PERIOD }

    public record Fines(
            FineBasis basis,
            Map<String, BigDecimal> amounts,
            Map<String, FineBasis> unitBasis,
            BigDecimal periodAmount,
            BigDecimal maxPerItem,
            Set<String> exemptCategories,
            boolean pausedByClosures) {
    }

    public record Holds(
            boolean enabled,
            Integer maxActive,
            int lifetimeDays,
            int pickupDays,
            Set<String> excludedMaterials) {
    }

    public record Orders(boolean enabled, int pickupDays, boolean workingDays) {
    }

    public enum FeeModel { ANNUAL, ONE_TIME }

    public record Membership(
            FeeModel feeModel,
            BigDecimal annualFee,
            BigDecimal enrolmentFee,
            Set<String> exemptCategories,
            Integer exemptUnderAge,
            Set<String> reducedCategories,
            BigDecimal reducedFee,
            Integer guardianRequiredUnderAge,
            Integer expiresAfterInactivityDays,
            Set<String> categories) {
    }

    public Unit unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst().orElse(null);
    }

    public Unit mainUnit() {
        return units.get(0);
    }
}
