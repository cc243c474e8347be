package si.knjizniprehod.core.policy;

import java.util.Map;

/** A refusal with its reason and the patron-facing message in each language (sl, en). */
public record Refusal(Reason reason, Map<String, String> messages) {

    public String message(String language) {
        String m = messages.get(language == null ? "sl" : language);
        return m != null ? m : messages.getOrDefault("sl", reason.name());
    }
}
