package si.knjizniprehod.routes.api;

import org.apache.camel.Exchange;
import si.knjizniprehod.core.policy.LibraryProfile;
import si.knjizniprehod.core.policy.ProfileRegistry;

import java.util.List;

import static si.knjizniprehod.routes.api.Http.header;
import static si.knjizniprehod.routes.api.Http.respond;

/** {@code /api/libraries}: the libraries served and their profiles (read-only: profiles are files). */
public final class LibraryApi {
    private final ProfileRegistry profiles;

    public LibraryApi(ProfileRegistry profiles) {
        this.profiles = profiles;
    }

    public record LibrarySummary(String id, String name, List<LibraryProfile.Unit> units) {
    }

    public void list(Exchange ex) {
        respond(ex, 200, profiles.all().stream().map(p -> new LibrarySummary(p.id(), p.name(), p.units())).toList());
    }

    public void get(Exchange ex) {
        respond(ex, 200, profiles.profile(header(ex, "id")));
    }
}
