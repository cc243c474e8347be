package si.knjizniprehod.core.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import si.knjizniprehod.core.calendar.LibraryCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The libraries this gateway serves, one YAML profile each. Loaded from the classpath
 * ({@code libraries/<ID>.yaml}, the seed libraries) or from a directory that replaces them.
 */
public final class ProfileRegistry {
    public static final List<String> BUNDLED = List.of("KP", "AJ", "RA", "PO", "RI", "NSK");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES); // an absent flag means false

    private final Map<String, LibraryProfile> profiles = new LinkedHashMap<>();
    private final Map<String, LibraryCalendar> calendars = new LinkedHashMap<>();

    private ProfileRegistry() {
    }

    public static ProfileRegistry bundled() {
        ProfileRegistry r = new ProfileRegistry();
        for (String id : BUNDLED) {
            String res = "/libraries/" + id + ".yaml";
            try (InputStream in = ProfileRegistry.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("missing profile resource " + res);
                }
                r.add(parse(in, res));
            } catch (IOException e) {
                throw new UncheckedIOException(res, e);
            }
        }
        return r;
    }

    /** Every {@code *.yaml} in the directory; the file name (without extension) must equal the id. */
    public static ProfileRegistry fromDirectory(Path dir) {
        ProfileRegistry r = new ProfileRegistry();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    LibraryProfile p = parse(in, f.toString());
                    String expected = f.getFileName().toString().replace(".yaml", "").toUpperCase(Locale.ROOT);
                    if (!expected.equals(p.id())) {
                        throw new IllegalArgumentException(f + ": id " + p.id() + " does not match the file name");
                    }
                    r.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir.toString(), e);
        }
        return r;
    }

    static LibraryProfile parse(InputStream in, String source) throws IOException {
        try {
            LibraryProfile p = YAML.readValue(in, LibraryProfile.class);
            ProfileValidator.validate(p);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("profile " + source + " is invalid: " + e.getMessage(), e);
        }
    }

    private void add(LibraryProfile p) {
        profiles.put(p.id(), p);
        calendars.put(p.id(), new LibraryCalendar(p));
    }

    public LibraryProfile profile(String libraryId) {
        LibraryProfile p = libraryId == null ? null : profiles.get(libraryId.toUpperCase(Locale.ROOT));
        if (p == null) {
            throw new UnknownLibraryException(libraryId);
        }
        return p;
    }

    public LibraryCalendar calendar(String libraryId) {
        profile(libraryId);
        return calendars.get(libraryId.toUpperCase(Locale.ROOT));
    }

    public boolean contains(String libraryId) {
        return libraryId != null && profiles.containsKey(libraryId.toUpperCase(Locale.ROOT));
    }

    public Collection<LibraryProfile> all() {
        return profiles.values();
    }

    public static final class UnknownLibraryException extends RuntimeException {
        public UnknownLibraryException(String id) {
            super("unknown library " + id);
        }
    }
}
