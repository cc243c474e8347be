package si.knjizniprehod.routes.api;

import org.apache.camel.Exchange;
import si.knjizniprehod.core.circulation.Circulation;
import si.knjizniprehod.core.model.Member;
import si.knjizniprehod.core.policy.Reason;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static si.knjizniprehod.routes.api.Http.body;
import static si.knjizniprehod.routes.api.Http.header;
import static si.knjizniprehod.routes.api.Http.pick;
import static si.knjizniprehod.routes.api.Http.require;
import static si.knjizniprehod.routes.api.Http.respond;

/** {@code /api/members}: member records; a PIN goes in, only "has a PIN" comes out. */
public final class MemberApi {
    private final Circulation core;

    public MemberApi(Circulation core) {
        this.core = core;
    }

    public record MemberInput(String id, String library, Member.PersonType personType, String firstName,
                              String lastName, String organisationName, String contactPerson, String category,
                              LocalDate birthDate, String guardianId, String street, String postalCode, String city,
                              String email, String phone, String citizenship, String pin, List<String> cards,
                              Member.MemberState state, LocalDate feePaidUntil, Boolean shareWithPartners,
                              String language) {
    }

    public record MemberView(String id, String library, Member.PersonType personType, String firstName,
                             String lastName, String organisationName, String contactPerson, String category,
                             LocalDate birthDate, String guardianId, String street, String postalCode, String city,
                             String email, String phone, String citizenship, boolean hasPin, List<String> cards,
                             Member.MemberState state, LocalDate enrolledOn, LocalDate feePaidUntil,
                             LocalDate lastActivity, boolean shareWithPartners, String language) {
    }

    public void list(Exchange ex) {
        String library = require(header(ex, "library"), "library").toUpperCase(Locale.ROOT);
        List<MemberView> views = core.members().list(library, Http.intParam(ex, "limit", 100, 1000),
                Http.intParam(ex, "offset", 0, Integer.MAX_VALUE)).stream().map(this::view).toList();
        respond(ex, 200, views);
    }

    public void get(Exchange ex) {
        respond(ex, 200, view(find(header(ex, "id"))));
    }

    public void create(Exchange ex) {
        MemberInput in = body(ex, MemberInput.class);
        Member m = core.members().create(toMember(in, null), in.pin(), in.cards());
        respond(ex, 201, view(m));
    }

    public void update(Exchange ex) {
        MemberInput in = body(ex, MemberInput.class);
        Member old = find(header(ex, "id"));
        if (in.id() != null && !in.id().equals(old.id())) {
            throw new BadRequestException("the id in the body differs from the path");
        }
        Member m = core.members().update(toMember(in, old), in.pin());
        respond(ex, 200, view(m));
    }

    public void delete(Exchange ex) {
        Member m = find(header(ex, "id"));
        core.members().erase(m.libraryId(), m.id());
        Http.noContent(ex);
    }

    public void status(Exchange ex) {
        Member m = find(header(ex, "id"));
        String library = header(ex, "library");
        respond(ex, 200, core.patrons().status(library == null ? m.libraryId() : library.toUpperCase(Locale.ROOT), m.id()));
    }

    public void loans(Exchange ex) {
        Member m = find(header(ex, "id"));
        respond(ex, 200, core.members().loans(m.id(), Boolean.parseBoolean(header(ex, "history"))));
    }

    public void holds(Exchange ex) {
        respond(ex, 200, core.members().holds(find(header(ex, "id")).id()));
    }

    public void fees(Exchange ex) {
        respond(ex, 200, core.members().fees(find(header(ex, "id")).id()));
    }

    public void transactions(Exchange ex) {
        Member m = find(header(ex, "id"));
        respond(ex, 200, core.patrons().transactions(m.libraryId(), m.id()));
    }

    private Member find(String id) {
        return core.members().find(id).orElseThrow(() -> new si.knjizniprehod.core.policy.CirculationRefusedException(
                core.policy().refusal(null, Reason.MEMBER_UNKNOWN)));
    }

    /** A new member (old == null) or the changed fields over the stored record. */
    private Member toMember(MemberInput in, Member old) {
        String library = old != null ? old.libraryId() : require(in.library(), "library").toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(core.clock());
        return new Member(
                old != null ? old.id() : require(in.id(), "id"),
                library,
                pick(in.personType(), old == null ? Member.PersonType.NATURAL : old.personType()),
                pick(in.firstName(), old == null ? null : old.firstName()),
                pick(in.lastName(), old == null ? null : old.lastName()),
                pick(in.organisationName(), old == null ? null : old.organisationName()),
                pick(in.contactPerson(), old == null ? null : old.contactPerson()),
                pick(in.category(), old == null ? "ADULT" : old.category()),
                pick(in.birthDate(), old == null ? null : old.birthDate()),
                pick(in.guardianId(), old == null ? null : old.guardianId()),
                pick(in.street(), old == null ? null : old.street()),
                pick(in.postalCode(), old == null ? null : old.postalCode()),
                pick(in.city(), old == null ? null : old.city()),
                pick(in.email(), old == null ? null : old.email()),
                pick(in.phone(), old == null ? null : old.phone()),
                pick(in.citizenship(), old == null ? null : old.citizenship()),
                old == null ? null : old.pinHash(),
                pick(in.state(), old == null ? Member.MemberState.ACTIVE : old.state()),
                old == null ? today : old.enrolledOn(),
                pick(in.feePaidUntil(), old == null ? null : old.feePaidUntil()),
                old == null ? today : old.lastActivity(),
                pick(in.shareWithPartners(), old != null && old.shareWithPartners()),
                pick(in.language(), old == null ? "sl" : old.language()));
    }

    private MemberView view(Member m) {
        return new MemberView(m.id(), m.libraryId(), m.personType(), m.firstName(), m.lastName(),
                m.organisationName(), m.contactPerson(), m.category(), m.birthDate(), m.guardianId(), m.street(),
                m.postalCode(), m.city(), m.email(), m.phone(), m.citizenship(), m.pinHash() != null,
                core.members().cards(m.id()), m.state(), m.enrolledOn(), m.feePaidUntil(), m.lastActivity(),
                m.shareWithPartners(), m.language());
    }
}
