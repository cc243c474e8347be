package si.knjizniprehod.routes.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.apache.camel.Exchange;
import si.knjizniprehod.core.circulation.Circulation;

/** JSON in and out of an exchange: the few lines every API bean shares. */
public final class Http {
    public static final ObjectMapper JSON = Circulation.jsonMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Http() {
    }

    public static <T> T body(Exchange ex, Class<T> type) {
        String body = ex.getMessage().getBody(String.class);
        if (body == null || body.isBlank()) {
            throw new BadRequestException("a JSON body is required");
        }
        try {
            return JSON.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestException("unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw new BadRequestException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    public static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("field '" + field + "' is required");
        }
        return value.trim();
    }

    /** A field given in a PUT/POST body, or the stored (or default) value when it was left out. */
    public static <T> T pick(T value, T fallback) {
        return value != null ? value : fallback;
    }

    public static String header(Exchange ex, String name) {
        return ex.getMessage().getHeader(name, String.class);
    }

    public static int intParam(Exchange ex, String name, int fallback, int max) {
        String v = header(ex, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > max) {
                throw new BadRequestException(name + " must be between 0 and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a number");
        }
    }

    public static void respond(Exchange ex, int status, Object body) {
        ex.getMessage().removeHeaders("*");
        ex.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        ex.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        try {
            ex.getMessage().setBody(body == null ? "" : JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void noContent(Exchange ex) {
        ex.getMessage().removeHeaders("*");
        ex.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
        ex.getMessage().setBody(null);
    }
}
