package si.knjizniprehod.routes.sip2;

import org.apache.camel.ProducerTemplate;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.circulation.OperationContext;
import si.knjizniprehod.core.circulation.PatronService;
import si.knjizniprehod.core.circulation.Results;
import si.knjizniprehod.core.model.Fee;
import si.knjizniprehod.core.model.Hold;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.ItemStatus;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.Reason;
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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SIP2 answered from the circulation core, under the terminal's library profile. Refusals become
 * negative answers with the reason in the terminal's language; events reach {@code circulation.events}
 * through the core's outbox exactly as from REST (channel SIP2).
 */
public final class CoreSip2Backend implements Sip2Backend {
    private static final LocalTime DUE_TIME = LocalTime.of(23, 59);

    private final Circulation core;
    private final StoreHealth health;
    private final ProducerTemplate offlineQueue;
    private final OfflineCheckinApplier offline;
    private final TitleLookup titles;
    private final ScreenMessages texts = new ScreenMessages();
    private final ZoneId zone;

    public CoreSip2Backend(Circulation core, StoreHealth health, ProducerTemplate offlineQueue,
                           OfflineCheckinApplier offline, TitleLookup titles) {
        this.core = core;
        this.health = health;
        this.offlineQueue = offlineQueue;
        this.offline = offline;
        this.titles = titles;
        this.zone = core.clock().getZone();
    }

    /** The title a terminal shows: the linked bibliographic record's, else the item's own. */
    @FunctionalInterface
    public interface TitleLookup {
        Optional<String> title(String bibId);
    }

    @Override
    public boolean online() {
        return health.isUp();
    }

    private static OperationContext op(TerminalContext t) {
        return new OperationContext(t.libraryId(), t.unit(), t.requestId(), "SIP2");
    }

    private static String lang(TerminalContext t) {
        return t.language() == Language.EN ? "en" : "sl";
    }

    private String refusal(TerminalContext t, Reason reason) {
        return core.policy().refusal(t.libraryId(), reason).message(lang(t));
    }

    private LocalDateTime due(LocalDate d) {
        return d == null ? null : d.atTime(DUE_TIME);
    }

    /** A PIN that was sent must match; no PIN sent means the terminal did not ask for one. */
    private Optional<String> pinProblem(TerminalContext t, String patronId, String pin) {
        return switch (core.patrons().identify(patronId, pin)) {
            case UNKNOWN -> Optional.of(refusal(t, Reason.MEMBER_UNKNOWN));
            case PIN_INVALID -> Optional.of(refusal(t, Reason.PIN_INVALID));
            case OK -> Optional.empty();
        };
    }

    // ---- patrons ------------------------------------------------------------------------------

    @Override
    public PatronView patronStatus(TerminalContext t, PatronRequest r) {
        return patronView(t, r.patronId(), r.pin(), r.itemList(), null);
    }

    @Override
    public PatronView patronInformation(TerminalContext t, PatronRequest r) {
        return patronView(t, r.patronId(), r.pin(), r.itemList(), null);
    }

    private PatronView patronView(TerminalContext t, String patronId, String pin, ItemListKind list, String message) {
        PatronService.PatronStatus s;
        try {
            s = core.patrons().status(t.libraryId(), patronId);
        } catch (CirculationRefusedException e) {
            return PatronView.unknown(e.refusal().message(lang(t)));
        }
        LibraryProfile p = core.policy().profiles().profile(t.libraryId());
        Boolean pinValid = pin == null || pin.isEmpty() ? null : core.patrons().verifyPin(s.memberId(), pin);
        Set<PatronStatusFlag> flags = EnumSet.noneOf(PatronStatusFlag.class);
        if (s.chargePrivilegesDenied()) {
            flags.add(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
        }
        if (s.renewalPrivilegesDenied()) {
            flags.add(PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED);
            flags.add(PatronStatusFlag.RECALL_PRIVILEGES_DENIED);
        }
        if (s.holdPrivilegesDenied()) {
            flags.add(PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
        }
        if (s.tooManyItemsOverdue()) {
            flags.add(PatronStatusFlag.TOO_MANY_ITEMS_OVERDUE);
        }
        if (s.excessiveOutstandingFines()) {
            flags.add(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FINES);
        }
        Integer maxItems = p.loans().maxItems();
        if (maxItems != null && s.loans().size() >= maxItems) {
            flags.add(PatronStatusFlag.TOO_MANY_ITEMS_CHARGED);
        }
        List<PatronService.HoldLine> ready = s.holds().stream().filter(h -> h.status() == Hold.Status.READY).toList();
        List<PatronService.HoldLine> waiting = s.holds().stream().filter(h -> h.status() == Hold.Status.WAITING).toList();
        List<String> items = list == null ? List.of() : switch (list) {
            case HOLD -> ready.stream().map(PatronService.HoldLine::itemId).toList();
            case UNAVAILABLE_HOLD -> waiting.stream().map(PatronService.HoldLine::itemId).toList();
            case CHARGED -> s.loans().stream().map(PatronService.LoanLine::itemId).toList();
            case OVERDUE -> s.loans().stream().filter(PatronService.LoanLine::overdue).map(PatronService.LoanLine::itemId).toList();
            case FINE -> s.fees().stream().map(f -> f.outstanding().setScale(2) + " EUR " + feeLabel(f)).toList();
            case RECALL -> List.<String>of();
        };
        String screen = message != null ? message
                : t.language() == Language.EN ? s.blockMessageEn() : s.blockMessageSl();
        return new PatronView(true, pinValid, s.name(), flags, ready.size(), s.overdueCount(), s.loans().size(),
                s.fees().size(), 0, waiting.size(), s.outstanding(), p.holds().maxActive(), null, maxItems,
                p.blocks().maxDebt(), items, s.address(), s.email(), s.phone(), screen);
    }

    private static String feeLabel(Fee f) {
        return f.description() == null ? f.kind().name() : f.description();
    }

    @Override
    public PatronView patronEnable(TerminalContext t, PatronRequest r) {
        Optional<String> problem = pinProblem(t, r.patronId(), r.pin());
        if (problem.isPresent()) {
            return patronView(t, r.patronId(), r.pin(), null, problem.get());
        }
        try {
            core.patrons().enable(op(t), r.patronId());
            return patronView(t, r.patronId(), r.pin(), null, texts.get(t.language(), "patron.enabled"));
        } catch (CirculationRefusedException e) {
            return patronView(t, r.patronId(), r.pin(), null, e.refusal().message(lang(t)));
        }
    }

    @Override
    public PatronView blockPatron(TerminalContext t, String patronId, boolean cardRetained, String reason) {
        if (!core.patrons().exists(patronId)) {
            return PatronView.unknown(refusal(t, Reason.MEMBER_UNKNOWN));
        }
        core.patrons().block(op(t), patronId, (cardRetained ? "card retained: " : "") + (reason == null ? "" : reason));
        return patronView(t, patronId, null, null, texts.get(t.language(), "patron.blocked"));
    }

    @Override
    public EndSessionResult endSession(TerminalContext t, String patronId) {
        return new EndSessionResult(true, texts.get(t.language(), "session.end"));
    }

    // ---- circulation --------------------------------------------------------------------------

    @Override
    public LoanResult checkout(TerminalContext t, CheckoutCommand c) {
        // the core refuses unknown members itself: a separate look-up is needed only to check a PIN
        if (c.pin() != null && !c.pin().isEmpty()) {
            Optional<String> problem = pinProblem(t, c.patronId(), c.pin());
            if (problem.isPresent()) {
                return LoanResult.refused(title(c.itemId()), problem.get());
            }
        }
        if (c.cancel()) {
            return cancelCheckout(t, c, title(c.itemId()), mediaTypeOfItem(c.itemId()));
        }
        try {
            Results.CheckoutResult r = core.circulation().checkout(op(t), c.patronId(), c.itemId());
            return new LoanResult(true, false, title(r.bibId(), r.title()), due(r.dueDate()), Boolean.TRUE, null,
                    mediaType(r.materialType()), null, null, Long.toString(r.loanId()),
                    texts.get(t.language(), "checkout.ok", "due", formatDate(r.dueDate(), t)));
        } catch (CirculationRefusedException e) {
            if (e.reason() == Reason.ITEM_ON_LOAN && c.scRenewalPolicy() && loanedTo(c.itemId(), c.patronId())) {
                return renew(t, new RenewCommand(c.patronId(), null, c.itemId(), null, false, c.noBlock(), null,
                        c.feeAcknowledged()));
            }
            return LoanResult.refused(title(c.itemId()), e.refusal().message(lang(t)));
        }
    }

    /** BI=Y: the terminal could not finish (e.g. desensitising failed); undo the loan it just made. */
    private LoanResult cancelCheckout(TerminalContext t, CheckoutCommand c, String title, String media) {
        if (loanedTo(c.itemId(), c.patronId())) {
            core.circulation().checkin(op(t), c.itemId());
            return new LoanResult(true, false, title, null, Boolean.FALSE, null, media, null, null,
                    null, texts.get(t.language(), "checkin.ok"));
        }
        return LoanResult.refused(title, refusal(t, Reason.NOT_ON_LOAN));
    }

    private boolean loanedTo(String itemId, String patronId) {
        Optional<Member> m = core.members().find(patronId);
        return m.isPresent() && core.members().loans(m.get().id(), false).stream()
                .anyMatch(l -> l.itemId().equals(itemId));
    }

    @Override
    public CheckinResult checkin(TerminalContext t, CheckinCommand c) {
        if (c.offline()) {
            LocalDate returned = c.returnDate() != null ? c.returnDate().toLocalDate()
                    : LocalDate.ofInstant(t.receivedAt(), zone);
            try {
                offlineQueue.sendBody(OfflineCheckinRoute.INTAKE, offline.serialize(new OfflineCheckin(
                        t.libraryId(), t.unit(), c.itemId(), returned.toString(), t.requestId(), t.terminalLogin())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return new CheckinResult(true, true, false, "", null, null, null, null, null,
                    texts.get(t.language(), "checkin.offline"));
        }
        try {
            LocalDate returned = c.returnDate() == null ? null : c.returnDate().toLocalDate();
            Results.CheckinResult r = core.circulation().checkin(op(t), c.itemId(), returned);
            String message;
            boolean alert = false;
            if (r.holdForMemberId() != null) {
                message = texts.get(t.language(), "checkin.hold");
                alert = true;
            } else if (r.transitToUnit() != null) {
                message = texts.get(t.language(), "checkin.transit", "unit", unitName(t.libraryId(), r.transitToUnit()));
                alert = true;
            } else if (r.fine().signum() > 0) {
                message = texts.get(t.language(), "checkin.fine", "fine", r.fine());
            } else if (!r.wasOnLoan()) {
                message = texts.get(t.language(), "checkin.notOnLoan");
            } else {
                message = texts.get(t.language(), "checkin.ok");
            }
            return new CheckinResult(true, true, alert, title(r.bibId(), r.title()), r.homeUnit(), null,
                    mediaType(r.materialType()), null, alert ? "1" : null, message);
        } catch (CirculationRefusedException e) {
            Optional<Item> item = core.items().find(c.itemId());
            return new CheckinResult(false, false, true, item.map(this::title).orElse(""),
                    item.map(Item::unitId).orElse(null), null, item.map(CoreSip2Backend::mediaType).orElse(null), null,
                    null, e.refusal().message(lang(t)));
        }
    }

    @Override
    public LoanResult renew(TerminalContext t, RenewCommand c) {
        if (c.pin() != null && !c.pin().isEmpty()) {
            Optional<String> problem = pinProblem(t, c.patronId(), c.pin());
            if (problem.isPresent()) {
                return LoanResult.refused(title(c.itemId()), problem.get());
            }
        }
        try {
            Results.RenewResult r = core.circulation().renew(op(t), c.patronId(), c.itemId());
            boolean paid = r.fee().signum() > 0;
            String msg = paid
                    ? texts.get(t.language(), "renew.ok.fee", "due", formatDate(r.dueDate(), t), "fee", r.fee())
                    : texts.get(t.language(), "renew.ok", "due", formatDate(r.dueDate(), t));
            return new LoanResult(true, true, title(r.bibId(), r.title()), due(r.dueDate()), Boolean.TRUE, null,
                    mediaType(r.materialType()), paid ? r.fee() : null, paid ? "06" : null,
                    Long.toString(r.loanId()), msg);
        } catch (CirculationRefusedException e) {
            return LoanResult.refused(title(c.itemId()), e.refusal().message(lang(t)));
        }
    }

    @Override
    public RenewAllResult renewAll(TerminalContext t, String patronId, String pin, boolean feeAcknowledged) {
        Optional<String> problem = pinProblem(t, patronId, pin);
        if (problem.isPresent()) {
            return new RenewAllResult(false, List.of(), List.of(), problem.get());
        }
        try {
            Results.RenewAllResult r = core.circulation().renewAll(op(t), patronId);
            List<String> renewed = r.renewed().stream().map(Results.RenewResult::itemId).toList();
            List<String> refused = r.refused().stream().map(Results.RenewRefused::itemId).toList();
            String msg = texts.get(t.language(), "renewall.summary", "renewed", renewed.size(), "refused", refused.size());
            if (!r.refused().isEmpty()) {
                Results.RenewRefused first = r.refused().get(0);
                msg += " " + (t.language() == Language.EN ? first.messageEn() : first.messageSl());
            }
            return new RenewAllResult(!renewed.isEmpty() || refused.isEmpty(), renewed, refused, msg);
        } catch (CirculationRefusedException e) {
            return new RenewAllResult(false, List.of(), List.of(), e.refusal().message(lang(t)));
        }
    }

    @Override
    public ItemView itemInformation(TerminalContext t, String itemId) {
        PatronService.ItemInformation i;
        try {
            i = core.patrons().item(t.libraryId(), itemId);
        } catch (CirculationRefusedException e) {
            return ItemView.unknown(itemId, e.refusal().message(lang(t)));
        }
        String owner = core.policy().profiles().contains(i.libraryId())
                ? core.policy().profiles().profile(i.libraryId()).name() : i.libraryId();
        String title = title(i.bibId(), i.title());
        return new ItemView(true, i.itemId(), title, status(i.status()), "02", due(i.dueDate()),
                i.holdQueueLength(), null, due(i.holdPickupBy()), owner, mediaType(i.materialType()), i.unitId(),
                i.unitId(), null, null, i.properties(), null);
    }

    @Override
    public FeePaidResult feePaid(TerminalContext t, FeePayment f) {
        Optional<String> problem = pinProblem(t, f.patronId(), f.pin());
        if (problem.isPresent()) {
            return new FeePaidResult(false, f.transactionId(), problem.get());
        }
        if (f.currency() != null && !f.currency().isBlank() && !"EUR".equalsIgnoreCase(f.currency())) {
            return new FeePaidResult(false, f.transactionId(), texts.get(t.language(), "fee.currency"));
        }
        try {
            Long feeId = f.feeId() == null || f.feeId().isBlank() ? null : Long.valueOf(f.feeId().trim());
            Results.PaymentResult r = core.fees().pay(op(t), f.patronId(), f.amount(), feeId,
                    paymentMethod(f.paymentType()), f.transactionId());
            return new FeePaidResult(true, f.transactionId() != null ? f.transactionId() : Long.toString(r.paymentId()),
                    texts.get(t.language(), "fee.paid", "amount", r.paid(), "left", r.outstanding()));
        } catch (NumberFormatException e) {
            return new FeePaidResult(false, f.transactionId(), refusal(t, Reason.PAYMENT_INVALID));
        } catch (CirculationRefusedException e) {
            return new FeePaidResult(false, f.transactionId(), e.refusal().message(lang(t)));
        }
    }

    @Override
    public HoldResult hold(TerminalContext t, HoldCommand c) {
        Optional<String> problem = pinProblem(t, c.patronId(), c.pin());
        if (problem.isPresent()) {
            return new HoldResult(false, false, null, null, null, c.itemId(), c.title(), problem.get());
        }
        if (c.itemId() == null || c.itemId().isBlank()) {
            return new HoldResult(false, false, null, null, null, null, c.title(), texts.get(t.language(), "hold.needsItem"));
        }
        String title = title(c.itemId());
        try {
            if (c.mode() == HoldCommand.Mode.DELETE || c.mode() == HoldCommand.Mode.CHANGE) {
                core.holds().cancel(op(t), c.patronId(), c.itemId());
                if (c.mode() == HoldCommand.Mode.DELETE) {
                    return new HoldResult(true, false, null, null, null, c.itemId(), title,
                            texts.get(t.language(), "hold.cancelled"));
                }
            }
            String pickupUnit = pickupUnit(t, c.pickupLocation());
            OperationContext ctx = c.mode() == HoldCommand.Mode.CHANGE
                    ? new OperationContext(t.libraryId(), t.unit(), t.requestId() + "-change", "SIP2") : op(t);
            Results.HoldResult r = core.holds().place(ctx, c.patronId(), c.itemId(), pickupUnit);
            boolean order = r.kind() == Hold.Kind.ORDER;
            String msg = order ? texts.get(t.language(), "hold.ordered", "pickup", formatDate(r.pickupBy(), t))
                    : texts.get(t.language(), "hold.placed", "position", r.queuePosition());
            return new HoldResult(true, order, r.queuePosition(), due(order ? r.pickupBy() : r.expiresOn()),
                    pickupUnit, c.itemId(), title, msg);
        } catch (CirculationRefusedException e) {
            return new HoldResult(false, false, null, null, null, c.itemId(), title, e.refusal().message(lang(t)));
        }
    }

    @Override
    public ItemStatusUpdateResult itemStatusUpdate(TerminalContext t, String itemId, String itemProperties) {
        Optional<Item> item = core.items().find(itemId);
        if (item.isEmpty()) {
            return new ItemStatusUpdateResult(false, "", null, refusal(t, Reason.ITEM_UNKNOWN));
        }
        try {
            core.items().updateProperties(item.get().libraryId(), itemId, itemProperties);
            return new ItemStatusUpdateResult(true, title(item.get()), itemProperties,
                    texts.get(t.language(), "item.updated"));
        } catch (CirculationRefusedException e) {
            return new ItemStatusUpdateResult(false, title(item.get()), null, e.refusal().message(lang(t)));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String title(String itemId) {
        return core.items().find(itemId).map(this::title).orElse("");
    }

    private static String mediaType(Item item) {
        return mediaType(item.materialType());
    }

    private String title(Item item) {
        return title(item.bibId(), item.title());
    }

    /** The linked bibliographic record's title where there is one, else the item's own. */
    private String title(String bibId, String itemTitle) {
        return bibId == null ? itemTitle : titles.title(bibId).orElse(itemTitle);
    }

    private String mediaTypeOfItem(String itemId) {
        return core.items().find(itemId).map(CoreSip2Backend::mediaType).orElse("000");
    }

    /** SIP2 media type codes: 001 book, 002 magazine, 004 audio tape, 005 video tape, 006 CD/CD-ROM. */
    private static String mediaType(String materialType) {
        return switch (materialType) {
            case "BOOK" -> "001";
            case "SERIAL", "NEWSPAPER" -> "002";
            case "AUDIO_CASSETTE", "LANGUAGE_COURSE" -> "004";
            case "FEATURE_VIDEO", "EDUCATIONAL_VIDEO" -> "005";
            case "CD", "CD_ROM" -> "006";
            default -> "000";
        };
    }

    private static CirculationStatus status(ItemStatus s) {
        return switch (s) {
            case AVAILABLE -> CirculationStatus.AVAILABLE;
            case ON_LOAN -> CirculationStatus.CHARGED;
            case ON_HOLD_SHELF -> CirculationStatus.WAITING_ON_HOLD_SHELF;
            case IN_TRANSIT -> CirculationStatus.IN_TRANSIT;
            case IN_PROCESS -> CirculationStatus.IN_PROCESS;
            case LOST -> CirculationStatus.LOST;
            case MISSING -> CirculationStatus.MISSING;
            case DAMAGED, WITHDRAWN -> CirculationStatus.OTHER;
        };
    }

    private static String paymentMethod(String sipPaymentType) {
        return switch (sipPaymentType == null ? "" : sipPaymentType) {
            case "01" -> "VISA";
            case "02" -> "CARD";
            default -> "CASH";
        };
    }

    private String pickupUnit(TerminalContext t, String location) {
        LibraryProfile p = core.policy().profiles().profile(t.libraryId());
        return location != null && p.unit(location.toUpperCase(Locale.ROOT)) != null
                ? location.toUpperCase(Locale.ROOT) : t.unit();
    }

    private String unitName(String libraryId, String unitId) {
        LibraryProfile.Unit u = core.policy().profiles().profile(libraryId).unit(unitId);
        return u == null ? unitId : u.name();
    }

    private static String formatDate(LocalDate d, TerminalContext t) {
        return d == null ? "" : t.language() == Language.EN ? d.toString()
                : d.getDayOfMonth() + ". " + d.getMonthValue() + ". " + d.getYear();
    }

}
