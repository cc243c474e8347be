package si.knjizniprehod.sip2.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import si.knjizniprehod.sip2.account.PasswordHasher;
import si.knjizniprehod.sip2.backend.CheckinCommand;
import si.knjizniprehod.sip2.backend.CheckinResult;
import si.knjizniprehod.sip2.backend.CheckoutCommand;
import si.knjizniprehod.sip2.backend.CirculationStatus;
import si.knjizniprehod.sip2.backend.EndSessionResult;
import si.knjizniprehod.sip2.backend.FeePaidResult;
import si.knjizniprehod.sip2.backend.FeePayment;
import si.knjizniprehod.sip2.backend.HoldCommand;
import si.knjizniprehod.sip2.backend.HoldResult;
import si.knjizniprehod.sip2.backend.ItemListKind;
import si.knjizniprehod.sip2.backend.ItemStatusUpdateResult;
import si.knjizniprehod.sip2.backend.ItemView;
import si.knjizniprehod.sip2.backend.Language;
import si.knjizniprehod.sip2.backend.LoanResult;
import si.knjizniprehod.sip2.backend.PatronRequest;
import si.knjizniprehod.sip2.backend.PatronView;
import si.knjizniprehod.sip2.backend.RenewAllResult;
import si.knjizniprehod.sip2.backend.RenewCommand;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.message.PatronStatusFlag;

/**
 * A small, honest in-memory circulation store for tests, the bench and demos: patrons, items, loans, holds
 * and fees with one simple policy (loan period per item, renewal limit, no renewal of held items, reference
 * items not loanable, charge limit, fee limit). Not the real circulation core, which routes wires in.
 *
 * <p>All operations are serialized on this object; idempotent per request id (the last 10,000 outcomes are
 * remembered). In outage mode ({@link #setOnline(boolean) setOnline(false)}) checkins are queued in memory
 * and applied in order when it comes back online (a real backend must queue durably).
 */
public final class InMemoryBackend implements Sip2Backend {
    public static final class Patron {
        final String id;
        final String name;
        final String pinHash;
        boolean blocked;
        boolean cardLost;
        BigDecimal fees = BigDecimal.ZERO;
        final List<String> loans = new ArrayList<>();
        final List<String> holds = new ArrayList<>();
        String email;

        Patron(String id, String name, String pin) {
            this.id = id;
            this.name = name;
            this.pinHash = pin == null ? null : PasswordHasher.hash(pin, 1000);
        }
    }

    public static final class Item {
        final String id;
        final String title;
        final String mediaType;
        final int loanDays;
        final int renewalLimit;
        final boolean reference;
        String borrower;
        LocalDateTime due;
        int renewals;
        final List<String> holdQueue = new ArrayList<>();
        String properties;
        final String location;

        Item(String id, String title, String mediaType, int loanDays, int renewalLimit, boolean reference,
             String location) {
            this.id = id;
            this.title = title;
            this.mediaType = mediaType;
            this.loanDays = loanDays;
            this.renewalLimit = renewalLimit;
            this.reference = reference;
            this.location = location;
        }
    }

    private final Map<String, Patron> patrons = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Object> outcomes = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> e) {
            return size() > 10_000;
        }
    };
    private final ArrayDeque<CheckinCommand> offlineQueue = new ArrayDeque<>();
    private final AtomicLong tx = new AtomicLong();
    private final ZoneId zone;
    private volatile boolean online = true;
    private int chargeLimit = 10;
    private BigDecimal feeLimit = new BigDecimal("10.00");

    public InMemoryBackend(ZoneId zone) {
        this.zone = zone;
    }

    public InMemoryBackend() {
        this(ZoneId.of("Europe/Ljubljana"));
    }

    /** A few patrons and items with Slovenian names and titles (used by tests and the demo launcher). */
    public static InMemoryBackend demo() {
        InMemoryBackend b = new InMemoryBackend();
        b.addPatron("P001", "Žiga Čebašek", "1234");
        b.addPatron("P002", "Ana Novak", null);
        b.addPatron("P003", "Blaž Šuštar", "0000");
        b.patrons.get("P003").blocked = true;
        b.addItem("I001", "Čaša šumečih žvečilk", "001", 21, 2, false, "KP-ODR");
        b.addItem("I002", "Povodni mož", "001", 21, 2, false, "KP-ODR");
        b.addItem("I003", "Slovar slovenskega knjižnega jezika", "001", 0, 0, true, "KP-REF");
        b.addItem("I004", "Kekec (film)", "006", 2, 1, false, "KP-AV");
        return b;
    }

    /** n patrons P000000.. and m items I000000.. without PINs, for load tests. */
    public static InMemoryBackend generated(int n, int m) {
        InMemoryBackend b = new InMemoryBackend();
        b.chargeLimit = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            b.addPatron(String.format("P%06d", i), "Bralec Številka " + i, null);
        }
        for (int i = 0; i < m; i++) {
            b.addItem(String.format("I%06d", i), "Naslov gradiva št. " + i, "001", 21, Integer.MAX_VALUE, false, "LOC");
        }
        return b;
    }

    public synchronized void addPatron(String id, String name, String pin) {
        patrons.put(id, new Patron(id, name, pin));
    }

    public synchronized void addItem(String id, String title, String mediaType, int loanDays, int renewalLimit,
                                     boolean reference, String location) {
        items.put(id, new Item(id, title, mediaType, loanDays, renewalLimit, reference, location));
    }

    public synchronized void addFee(String patronId, BigDecimal amount) {
        Patron p = patrons.get(patronId);
        p.fees = p.fees.add(amount);
    }

    public synchronized BigDecimal fees(String patronId) {
        return patrons.get(patronId).fees;
    }

    public synchronized String borrower(String itemId) {
        return items.get(itemId).borrower;
    }

    public synchronized int offlineQueueSize() {
        return offlineQueue.size();
    }

    /** Going back online applies the queued checkins in order. */
    public synchronized void setOnline(boolean on) {
        if (on && !online) {
            while (!offlineQueue.isEmpty()) {
                applyCheckin(offlineQueue.poll(), Language.SL);
            }
        }
        online = on;
    }

    @Override
    public boolean online() {
        return online;
    }

    @SuppressWarnings("unchecked")
    private <T> T once(TerminalContext ctx, Supplier<T> action) {
        Object prev = outcomes.get(ctx.requestId());
        if (prev != null) {
            return (T) prev;
        }
        T r = action.get();
        outcomes.put(ctx.requestId(), r);
        return r;
    }

    private static String t(Language l, String sl, String en) {
        return l == Language.EN ? en : sl;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(zone).withNano(0);
    }

    private Set<PatronStatusFlag> flags(Patron p) {
        EnumSet<PatronStatusFlag> f = EnumSet.noneOf(PatronStatusFlag.class);
        if (p.blocked || p.cardLost) {
            f.addAll(EnumSet.of(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED, PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED,
                    PatronStatusFlag.RECALL_PRIVILEGES_DENIED, PatronStatusFlag.HOLD_PRIVILEGES_DENIED));
        }
        if (p.cardLost) {
            f.add(PatronStatusFlag.CARD_REPORTED_LOST);
        }
        if (p.loans.size() >= chargeLimit) {
            f.add(PatronStatusFlag.TOO_MANY_ITEMS_CHARGED);
            f.add(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
        }
        if (overdue(p).size() > 0) {
            f.add(PatronStatusFlag.TOO_MANY_ITEMS_OVERDUE);
        }
        if (p.fees.compareTo(feeLimit) > 0) {
            f.add(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FEES);
            f.add(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
        }
        return f;
    }

    private List<String> overdue(Patron p) {
        LocalDateTime now = now();
        List<String> out = new ArrayList<>();
        for (String id : p.loans) {
            Item i = items.get(id);
            if (i.due != null && i.due.isBefore(now)) {
                out.add(id);
            }
        }
        return out;
    }

    private Boolean pinValid(Patron p, String pin) {
        if (pin == null) {
            return null;
        }
        return p.pinHash == null || PasswordHasher.verify(pin, p.pinHash);
    }

    private PatronView view(Patron p, String pin, ItemListKind kind, String msg) {
        List<String> list = switch (kind == null ? ItemListKind.RECALL : kind) {
            case HOLD -> p.holds;
            case OVERDUE -> overdue(p);
            case CHARGED -> p.loans;
            case FINE, RECALL, UNAVAILABLE_HOLD -> List.of();
        };
        if (kind == null) {
            list = List.of();
        }
        return new PatronView(true, pinValid(p, pin), p.name, flags(p), p.holds.size(), overdue(p).size(),
                p.loans.size(), p.fees.signum() > 0 ? 1 : 0, 0, 0, p.fees.signum() > 0 ? p.fees : null, null, null,
                chargeLimit == Integer.MAX_VALUE ? null : chargeLimit, feeLimit, list, null, p.email, null, msg);
    }

    @Override
    public synchronized PatronView patronStatus(TerminalContext ctx, PatronRequest r) {
        Patron p = patrons.get(r.patronId());
        if (p == null) {
            return PatronView.unknown(t(ctx.language(), "Neznan član.", "Unknown patron."));
        }
        return view(p, r.pin(), null, p.blocked ? t(ctx.language(), "Članstvo je blokirano.", "Membership is blocked.") : null);
    }

    @Override
    public synchronized PatronView patronInformation(TerminalContext ctx, PatronRequest r) {
        Patron p = patrons.get(r.patronId());
        if (p == null) {
            return PatronView.unknown(t(ctx.language(), "Neznan član.", "Unknown patron."));
        }
        return view(p, r.pin(), r.itemList(), null);
    }

    /** Reason the patron may not borrow, or null. */
    private String patronRefusal(Patron p, String pin, Language l) {
        if (p == null) {
            return t(l, "Neznan član.", "Unknown patron.");
        }
        if (Boolean.FALSE.equals(pinValid(p, pin))) {
            return t(l, "Napačen PIN.", "Wrong PIN.");
        }
        if (p.blocked || p.cardLost) {
            return t(l, "Članstvo je blokirano – obrnite se na knjižničarja.", "Membership is blocked – please ask the staff.");
        }
        if (p.fees.compareTo(feeLimit) > 0) {
            return t(l, "Neporavnani dolgovi presegajo dovoljeni znesek.", "Outstanding fees exceed the limit.");
        }
        return null;
    }

    @Override
    public synchronized LoanResult checkout(TerminalContext ctx, CheckoutCommand c) {
        return once(ctx, () -> {
            Language l = ctx.language();
            Item i = items.get(c.itemId());
            if (i == null) {
                return LoanResult.refused("", t(l, "Neznano gradivo.", "Unknown item."));
            }
            Patron p = patrons.get(c.patronId());
            if (c.cancel()) {
                if (p != null && c.patronId().equals(i.borrower)) {
                    i.borrower = null;
                    i.due = null;
                    p.loans.remove(i.id);
                    return new LoanResult(true, false, i.title, null, Boolean.FALSE, Boolean.FALSE, i.mediaType, null,
                            null, "T" + tx.incrementAndGet(), t(l, "Izposoja preklicana.", "Checkout cancelled."));
                }
                return LoanResult.refused(i.title, t(l, "Izposoje ni mogoče preklicati.", "Cannot cancel checkout."));
            }
            String refusal = c.noBlock() ? null : patronRefusal(p, c.pin(), l);
            if (refusal != null) {
                return LoanResult.refused(i.title, refusal);
            }
            if (p == null) {
                return LoanResult.refused(i.title, t(l, "Neznan član.", "Unknown patron."));
            }
            if (i.reference) {
                return LoanResult.refused(i.title, t(l, "Gradivo je samo za uporabo v čitalnici.", "Reference item: not for loan."));
            }
            if (i.borrower != null && i.borrower.equals(p.id)) {
                if (!c.scRenewalPolicy()) {
                    return LoanResult.refused(i.title, t(l, "Gradivo je že izposojeno vam.", "You already have this item."));
                }
                LoanResult r = renewItem(p, i, l);
                return new LoanResult(r.ok(), r.ok(), r.title(), r.dueDate(), r.desensitize(), r.magneticMedia(),
                        r.mediaType(), r.fee(), r.feeType(), r.transactionId(), r.screenMessage());
            }
            if (i.borrower != null && !c.noBlock()) {
                return LoanResult.refused(i.title, t(l, "Gradivo je izposojeno drugemu članu.", "Item is on loan to another patron."));
            }
            if (!i.holdQueue.isEmpty() && !i.holdQueue.get(0).equals(p.id) && !c.noBlock()) {
                return LoanResult.refused(i.title, t(l, "Gradivo je rezervirano za drugega člana.", "Item is on hold for another patron."));
            }
            if (p.loans.size() >= chargeLimit && !c.noBlock()) {
                return LoanResult.refused(i.title, t(l, "Dosežena je največja dovoljena količina izposojenega gradiva.", "Loan limit reached."));
            }
            if (i.borrower != null) {
                patrons.get(i.borrower).loans.remove(i.id);
            }
            i.holdQueue.remove(p.id);
            p.holds.remove(i.id);
            i.borrower = p.id;
            i.renewals = 0;
            i.due = c.nbDueDate() != null ? c.nbDueDate() : now().plusDays(i.loanDays).withHour(23).withMinute(59).withSecond(59);
            p.loans.add(i.id);
            return new LoanResult(true, false, i.title, i.due, Boolean.TRUE, Boolean.FALSE, i.mediaType, null, null,
                    "T" + tx.incrementAndGet(), null);
        });
    }

    private LoanResult renewItem(Patron p, Item i, Language l) {
        if (!i.holdQueue.isEmpty()) {
            return LoanResult.refused(i.title, t(l, "Gradivo je rezervirano – podaljšanje ni mogoče.", "The item is on hold – it cannot be renewed."));
        }
        if (i.renewals >= i.renewalLimit) {
            return LoanResult.refused(i.title, t(l, "Podaljšanje ni več mogoče – doseženo je največje število podaljšanj.", "No more renewals allowed for this item."));
        }
        i.renewals++;
        i.due = now().plusDays(i.loanDays).withHour(23).withMinute(59).withSecond(59);
        return new LoanResult(true, true, i.title, i.due, Boolean.FALSE, Boolean.FALSE, i.mediaType, null, null,
                "T" + tx.incrementAndGet(), null);
    }

    @Override
    public synchronized CheckinResult checkin(TerminalContext ctx, CheckinCommand c) {
        return once(ctx, () -> {
            if (c.offline()) {
                offlineQueue.add(c);
                return new CheckinResult(true, true, false, null, null, null, null, null, null,
                        t(ctx.language(), "Vračilo je zabeleženo in bo obdelano, ko bo sistem spet dosegljiv.",
                                "Return recorded; it will be processed when the system is back online."));
            }
            return applyCheckin(c, ctx.language());
        });
    }

    private CheckinResult applyCheckin(CheckinCommand c, Language l) {
        Item i = items.get(c.itemId());
        if (i == null) {
            return new CheckinResult(false, false, true, null, null, null, null, null, null, t(l, "Neznano gradivo.", "Unknown item."));
        }
        String had = i.borrower;
        if (had != null) {
            patrons.get(had).loans.remove(i.id);
        }
        i.borrower = null;
        i.due = null;
        i.renewals = 0;
        boolean held = !i.holdQueue.isEmpty();
        return new CheckinResult(true, !held, held, i.title, i.location, had, i.mediaType, Boolean.FALSE,
                held ? "2" : "1", held ? t(l, "Gradivo je rezervirano – pustite ga na pultu.", "Item is on hold – please leave it at the desk.") : null);
    }

    @Override
    public synchronized LoanResult renew(TerminalContext ctx, RenewCommand c) {
        return once(ctx, () -> {
            Language l = ctx.language();
            Patron p = patrons.get(c.patronId());
            String refusal = patronRefusal(p, c.pin(), l);
            Item i = c.itemId() == null ? null : items.get(c.itemId());
            if (refusal != null) {
                return LoanResult.refused(i == null ? "" : i.title, refusal);
            }
            if (i == null || !p.id.equals(i.borrower)) {
                return LoanResult.refused(i == null ? "" : i.title, t(l, "Gradivo ni izposojeno vam.", "This item is not on loan to you."));
            }
            return renewItem(p, i, l);
        });
    }

    @Override
    public synchronized RenewAllResult renewAll(TerminalContext ctx, String patronId, String pin, boolean feeAck) {
        Language l = ctx.language();
        Patron p = patrons.get(patronId);
        String refusal = patronRefusal(p, pin, l);
        if (refusal != null) {
            return new RenewAllResult(false, List.of(), p == null ? List.of() : p.loans, refusal);
        }
        return once(ctx, () -> {
            List<String> ok = new ArrayList<>();
            List<String> no = new ArrayList<>();
            for (String id : new ArrayList<>(p.loans)) {
                (renewItem(p, items.get(id), l).ok() ? ok : no).add(id);
            }
            return new RenewAllResult(true, ok, no, null);
        });
    }

    @Override
    public synchronized ItemView itemInformation(TerminalContext ctx, String itemId) {
        Item i = items.get(itemId);
        if (i == null) {
            return ItemView.unknown(itemId, t(ctx.language(), "Neznano gradivo.", "Unknown item."));
        }
        CirculationStatus s = i.borrower != null ? CirculationStatus.CHARGED
                : !i.holdQueue.isEmpty() ? CirculationStatus.WAITING_ON_HOLD_SHELF : CirculationStatus.AVAILABLE;
        return new ItemView(true, i.id, i.title, s, "01", i.due, i.holdQueue.size(), null, null, null, i.mediaType,
                i.location, i.location, null, null, i.properties, null);
    }

    @Override
    public synchronized FeePaidResult feePaid(TerminalContext ctx, FeePayment f) {
        return once(ctx, () -> {
            Patron p = patrons.get(f.patronId());
            if (p == null) {
                return new FeePaidResult(false, f.transactionId(), t(ctx.language(), "Neznan član.", "Unknown patron."));
            }
            if (!"EUR".equals(f.currency())) {
                return new FeePaidResult(false, f.transactionId(), t(ctx.language(), "Plačilo je mogoče le v evrih.", "Only payments in EUR are accepted."));
            }
            if (f.amount().compareTo(p.fees) > 0) {
                return new FeePaidResult(false, f.transactionId(), t(ctx.language(), "Znesek presega dolg.", "The amount exceeds what is owed."));
            }
            p.fees = p.fees.subtract(f.amount());
            String id = f.transactionId() != null ? f.transactionId() : "F" + tx.incrementAndGet();
            return new FeePaidResult(true, id, null);
        });
    }

    @Override
    public synchronized HoldResult hold(TerminalContext ctx, HoldCommand c) {
        return once(ctx, () -> {
            Language l = ctx.language();
            Patron p = patrons.get(c.patronId());
            Item i = c.itemId() == null ? null : items.get(c.itemId());
            String refusal = patronRefusal(p, c.pin(), l);
            if (refusal == null && i == null) {
                refusal = t(l, "Neznano gradivo.", "Unknown item.");
            }
            if (refusal != null) {
                return new HoldResult(false, false, null, null, null, c.itemId(), i == null ? null : i.title, refusal);
            }
            if (c.mode() == HoldCommand.Mode.DELETE) {
                boolean had = i.holdQueue.remove(p.id);
                p.holds.remove(i.id);
                return new HoldResult(had, false, null, null, null, i.id, i.title,
                        had ? null : t(l, "Rezervacija ne obstaja.", "No such hold."));
            }
            if (i.reference) {
                return new HoldResult(false, false, null, null, null, i.id, i.title, t(l, "Gradiva ni mogoče rezervirati.", "This item cannot be placed on hold."));
            }
            if (!i.holdQueue.contains(p.id)) {
                if (p.holds.size() >= 5) {
                    return new HoldResult(false, false, null, null, null, i.id, i.title, t(l, "Dosežena je največja dovoljena količina rezervacij.", "Hold limit reached."));
                }
                i.holdQueue.add(p.id);
                p.holds.add(i.id);
            }
            return new HoldResult(true, i.borrower == null, i.holdQueue.indexOf(p.id) + 1, c.expirationDate(),
                    c.pickupLocation() != null ? c.pickupLocation() : i.location, i.id, i.title, null);
        });
    }

    @Override
    public synchronized ItemStatusUpdateResult itemStatusUpdate(TerminalContext ctx, String itemId, String props) {
        Item i = items.get(itemId);
        if (i == null) {
            return new ItemStatusUpdateResult(false, null, null, t(ctx.language(), "Neznano gradivo.", "Unknown item."));
        }
        i.properties = props;
        return new ItemStatusUpdateResult(true, i.title, props, null);
    }

    @Override
    public synchronized PatronView patronEnable(TerminalContext ctx, PatronRequest r) {
        Patron p = patrons.get(r.patronId());
        if (p == null) {
            return PatronView.unknown(t(ctx.language(), "Neznan član.", "Unknown patron."));
        }
        if (p.cardLost) {
            return view(p, r.pin(), null, t(ctx.language(), "Izgubljene izkaznice ni mogoče odblokirati na terminalu.", "A lost card cannot be re-enabled at a terminal."));
        }
        p.blocked = false;
        return view(p, r.pin(), null, null);
    }

    @Override
    public synchronized PatronView blockPatron(TerminalContext ctx, String patronId, boolean cardRetained, String reason) {
        Patron p = patrons.get(patronId);
        if (p == null) {
            return PatronView.unknown(t(ctx.language(), "Neznan član.", "Unknown patron."));
        }
        p.blocked = true;
        return view(p, null, null, t(ctx.language(), "Članstvo je blokirano.", "Membership is blocked."));
    }

    @Override
    public EndSessionResult endSession(TerminalContext ctx, String patronId) {
        return new EndSessionResult(true, t(ctx.language(), "Hvala in nasvidenje!", "Thank you, goodbye!"));
    }
}
