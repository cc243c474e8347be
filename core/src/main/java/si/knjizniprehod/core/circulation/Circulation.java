package si.knjizniprehod.core.circulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import si.knjizniprehod.core.db.Database;
import si.knjizniprehod.core.db.FeeRepository;
import si.knjizniprehod.core.db.HoldRepository;
import si.knjizniprehod.core.db.ItemRepository;
import si.knjizniprehod.core.db.LoanRepository;
import si.knjizniprehod.core.db.MemberRepository;
import si.knjizniprehod.core.model.Item;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.PolicyEngine;
import si.knjizniprehod.core.policy.ProfileRegistry;
import si.knjizniprehod.core.policy.Reason;
import si.knjizniprehod.core.policy.ReasonCatalog;
import si.knjizniprehod.core.security.PinHasher;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the circulation services share: the database, the repositories, the policy engine,
 * the clock and the event recorder. Build one per gateway; the services are views over it.
 */
public final class Circulation {
    final Database db;
    final PolicyEngine policy;
    final Clock clock;
    final ObjectMapper json;
    final EventRecorder events;
    final Idempotency idempotency;
    final PinHasher pins;
    final MemberRepository members = new MemberRepository();
    final ItemRepository items = new ItemRepository();
    final LoanRepository loans = new LoanRepository();
    final HoldRepository holds = new HoldRepository();
    final FeeRepository fees = new FeeRepository();
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    final ReadCache<PatronService.PatronStatus> statusCache;
    final ReadCache<PatronService.ItemInformation> itemCache;

    private final CirculationService circulationService;
    private final HoldService holdService;
    private final FeeService feeService;
    private final PatronService patronService;
    private final MemberService memberService;
    private final ItemService itemService;

    public Circulation(Database db, ProfileRegistry profiles, Clock clock) {
        this(db, profiles, clock, new PinHasher());
    }

    public Circulation(Database db, ProfileRegistry profiles, Clock clock, PinHasher pins) {
        this(db, profiles, clock, pins, Duration.ZERO);
    }

    /**
     * @param readCacheTtl how long patron status and item information may be served from memory
     *                     (exactly invalidated by this process' writes); zero turns the cache off
     */
    public Circulation(Database db, ProfileRegistry profiles, Clock clock, PinHasher pins, Duration readCacheTtl) {
        this.db = db;
        this.statusCache = new ReadCache<>(versions, readCacheTtl.toMillis(), 200_000, clock);
        this.itemCache = new ReadCache<>(versions, readCacheTtl.toMillis(), 500_000, clock);
        this.policy = new PolicyEngine(profiles, new ReasonCatalog());
        this.clock = clock;
        this.json = jsonMapper();
        this.events = new EventRecorder(json);
        this.idempotency = new Idempotency(json);
        this.pins = pins;
        this.holdService = new HoldService(this);
        this.circulationService = new CirculationService(this, holdService);
        this.feeService = new FeeService(this);
        this.patronService = new PatronService(this);
        this.memberService = new MemberService(this);
        this.itemService = new ItemService(this);
    }

    public static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public CirculationService circulation() {
        return circulationService;
    }

    public HoldService holds() {
        return holdService;
    }

    public FeeService fees() {
        return feeService;
    }

    public PatronService patrons() {
        return patronService;
    }

    public MemberService members() {
        return memberService;
    }

    public ItemService items() {
        return itemService;
    }

    public PolicyEngine policy() {
        return policy;
    }

    public Database database() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    @FunctionalInterface
    interface WriteWork<T> {
        T run(java.sql.Connection c, Changes changes) throws java.sql.SQLException;
    }

    /** A write transaction; what it touched is marked stale for the read cache once it is over. */
    <T> T write(WriteWork<T> work) {
        Changes changes = new Changes();
        try {
            return db.inTransaction(c -> work.run(c, changes));
        } finally {
            changes.keys().forEach(k -> ReadCache.bump(versions, k));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LibraryProfile profile(String libraryId) {
        if (!policy.profiles().contains(libraryId)) {
            throw refused(libraryId, Reason.LIBRARY_UNKNOWN);
        }
        return policy.profiles().profile(libraryId);
    }

    CirculationRefusedException refused(String libraryId, Reason reason) {
        return new CirculationRefusedException(policy.refusal(libraryId, reason));
    }

    CirculationRefusedException refused(String libraryId, Reason reason, Map<String, Object> args) {
        return new CirculationRefusedException(policy.refusal(libraryId, reason, args));
    }

    Member member(Connection c, String libraryId, String idOrCard, boolean lock) throws SQLException {
        if (lock) {
            // by member id first (one statement), by card only when that finds nothing
            Optional<Member> byId = members.lock(c, idOrCard);
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        Member m = members.findByIdOrCard(c, idOrCard).orElseThrow(() -> refused(libraryId, Reason.MEMBER_UNKNOWN));
        return lock ? members.lock(c, m.id()).orElseThrow() : m;
    }

    Item item(Connection c, String libraryId, String itemId, boolean lock) throws SQLException {
        return (lock ? items.lock(c, itemId) : items.find(c, itemId))
                .orElseThrow(() -> refused(libraryId, Reason.ITEM_UNKNOWN));
    }

    /** The unit the operation happens at; an unknown or absent unit means the library's main unit. */
    String unit(LibraryProfile p, String unitId) {
        return unitId != null && p.unit(unitId) != null ? unitId : p.mainUnit().id();
    }
}
