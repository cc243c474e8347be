package si.knjizniprehod.core.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Patron-facing wording of each {@link Reason}, loaded from {@code reasons.yaml}. Messages may
 * use {@code {name}} placeholders filled from the refusal's arguments.
 */
public final class ReasonCatalog {
    private final Map<Reason, Map<String, String>> defaults = new EnumMap<>(Reason.class);

    public ReasonCatalog() {
        try (InputStream in = ReasonCatalog.class.getResourceAsStream("/reasons.yaml")) {
            Map<String, Map<String, String>> raw = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<>() { });
            raw.forEach((code, texts) -> defaults.put(Reason.valueOf(code), texts));
        } catch (IOException e) {
            throw new UncheckedIOException("reasons.yaml unreadable", e);
        }
        for (Reason r : Reason.values()) {
            if (!defaults.containsKey(r)) {
                throw new IllegalStateException("reasons.yaml lacks " + r);
            }
        }
    }

    public Refusal refusal(LibraryProfile profile, Reason reason, Map<String, Object> args) {
        Map<String, String> texts = new HashMap<>(defaults.get(reason));
        if (profile != null && profile.messages() != null && profile.messages().containsKey(reason.name())) {
            texts.putAll(profile.messages().get(reason.name()));
        }
        texts.replaceAll((lang, text) -> fill(text, args));
        return new Refusal(reason, Map.copyOf(texts));
    }

    private static String fill(String text, Map<String, Object> args) {
        String out = text;
        for (Map.Entry<String, Object> e : args.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return out;
    }
}
