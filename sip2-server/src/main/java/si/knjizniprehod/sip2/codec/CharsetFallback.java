package si.knjizniprehod.sip2.codec;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * Text for an 8-bit terminal: typographic characters its charset lacks become their ASCII
 * look-alikes (an en dash in a Slovenian message must not reach an ISO-8859-2 screen as '?'),
 * and letters it lacks lose their accents; only what is left unmappable becomes '?'.
 */
final class CharsetFallback {
    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""),
            Map.entry('\u00AB', "\""), Map.entry('\u00BB', "\""), Map.entry('\u2026', "..."),
            Map.entry('\u00A0', " "), Map.entry('\u20AC', "EUR"));

    private CharsetFallback() {
    }

    static String fold(String text, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return text;
        }
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoder.canEncode(c)) {
                out.append(c);
            } else if (LOOK_ALIKES.containsKey(c)) {
                out.append(LOOK_ALIKES.get(c));
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && encoder.canEncode(base) ? base : "?");
            }
        }
        return out.toString();
    }
}
