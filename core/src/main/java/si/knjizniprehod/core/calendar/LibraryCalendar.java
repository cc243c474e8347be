package si.knjizniprehod.core.calendar;

import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.LibraryProfile.Closure;
import si.knjizniprehod.core.policy.LibraryProfile.MovableHoliday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opening days of a library and its units, from the profile: closed weekdays, public holidays
 * (fixed and Easter-based), closures, and a unit's own opening days (a mobile library's stops).
 */
public final class LibraryCalendar {
    private static final int SEARCH_LIMIT_DAYS = 400;

    private final LibraryProfile profile;
    private final Set<DayOfWeek> closedWeekdays;
    private final Set<MonthDay> fixedHolidays;
    private final List<MovableHoliday> movableHolidays;
    private final List<Closure> closures;

    public LibraryCalendar(LibraryProfile profile) {
        this.profile = profile;
        LibraryProfile.Calendar cal = profile.calendar();
        this.closedWeekdays = cal == null || cal.closedWeekdays() == null
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(cal.closedWeekdays());
        this.fixedHolidays = cal == null || cal.holidays() == null ? Set.of()
                : cal.holidays().stream().map(s -> MonthDay.parse("--" + s)).collect(Collectors.toSet());
        this.movableHolidays = cal == null || cal.movableHolidays() == null ? List.of() : cal.movableHolidays();
        this.closures = cal == null || cal.closures() == null ? List.of() : cal.closures();
    }

    public boolean isHoliday(LocalDate day) {
        if (fixedHolidays.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = Easter.sunday(day.getYear());
        for (MovableHoliday h : movableHolidays) {
            LocalDate d = switch (h) {
                case EASTER_SUNDAY -> easter;
                case EASTER_MONDAY -> easter.plusDays(1);
                case WHIT_SUNDAY -> easter.plusDays(49);
            };
            if (d.equals(day)) {
                return true;
            }
        }
        return false;
    }

    /** A closure (outage, moving) that pauses members' obligations covers this day. */
    public boolean isObligationPause(LocalDate day) {
        return closures.stream().anyMatch(c -> c.pausesObligations() && c.covers(day));
    }

    public boolean isClosure(LocalDate day) {
        return closures.stream().anyMatch(c -> c.covers(day));
    }

    /** Is the given unit (or the library, when unitId is null or unknown) open on this day? */
    public boolean isOpen(String unitId, LocalDate day) {
        if (isHoliday(day) || isClosure(day)) {
            return false;
        }
        LibraryProfile.Unit unit = unitId == null ? null : profile.unit(unitId);
        if (unit != null && unit.openDays() != null && !unit.openDays().isEmpty()) {
            return unit.openDays().contains(day.getDayOfWeek());
        }
        return !closedWeekdays.contains(day.getDayOfWeek());
    }

    /** Monday to Friday, not a public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    public LocalDate nextOpenDay(String unitId, LocalDate from) {
        LocalDate d = from;
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, d = d.plusDays(1)) {
            if (isOpen(unitId, d)) {
                return d;
            }
        }
        return from; // a unit with no open day in a year: keep the date rather than loop forever
    }

    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                added++;
            }
        }
        return d;
    }

    /** Days in (from, to] the unit was open, leaving out closures that pause obligations. */
    public int openDaysBetween(String unitId, LocalDate fromExclusive, LocalDate toInclusive) {
        int n = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isOpen(unitId, d)) {
                n++;
            }
        }
        return n;
    }

    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, boolean skipPauses) {
        int n = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d) && !(skipPauses && isObligationPause(d))) {
                n++;
            }
        }
        return n;
    }

    public int calendarDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, boolean skipPauses) {
        int n = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (!(skipPauses && isObligationPause(d))) {
                n++;
            }
        }
        return n;
    }
}
