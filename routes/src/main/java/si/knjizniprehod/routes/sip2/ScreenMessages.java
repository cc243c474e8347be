package si.knjizniprehod.routes.sip2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import si.knjizniprehod.sip2.backend.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The gateway's own SIP2 screen texts ({@code sip2/screen-messages.yaml}), filled with {@code {name}} values. */
final class ScreenMessages {
    private final Map<String, Map<String, String>> texts;

    ScreenMessages() {
        try (InputStream in = ScreenMessages.class.getResourceAsStream("/sip2/screen-messages.yaml")) {
            texts = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(Language lang, String key, Object... kv) {
        Map<String, String> t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no screen message " + key);
        }
        String text = t.getOrDefault(lang == Language.EN ? "en" : "sl", t.get("sl"));
        for (int i = 0; i + 1 < kv.length; i += 2) {
            text = text.replace("{" + kv[i] + "}", String.valueOf(kv[i + 1]));
        }
        return text;
    }
}
