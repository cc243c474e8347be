package si.knjizniprehod.routes.api;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.ProfileRegistry;
import si.knjizniprehod.core.policy.Reason;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns exceptions into RFC 7807 {@code application/problem+json} answers with a {@code reason}
 * member. The detail is in the caller's language (Accept-Language sl or en; Slovenian by default).
 */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    public void refusal(Exchange ex) {
        CirculationRefusedException e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, CirculationRefusedException.class);
        int status = switch (e.reason().kind()) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
            case POLICY -> 422;
        };
        Map<String, Object> p = problem(ex, status, title(e.reason()), e.refusal().message(language(ex)), e.reason().name());
        p.put("messages", e.refusal().messages());
        write(ex, status, p);
    }

    public void badRequest(Exchange ex) {
        Exception e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        write(ex, 400, problem(ex, 400, "Bad request", e.getMessage(), Reason.INVALID_REQUEST.name()));
    }

    public void unknownLibrary(Exchange ex) {
        Exception e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, ProfileRegistry.UnknownLibraryException.class);
        write(ex, 404, problem(ex, 404, "Unknown library", e.getMessage(), Reason.LIBRARY_UNKNOWN.name()));
    }

    public void unavailable(Exchange ex) {
        Exception e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("database unavailable: {}", e.getMessage());
        write(ex, 503, problem(ex, 503, "Service unavailable", "The database is not reachable; try again shortly.",
                "UNAVAILABLE"));
    }

    public void internal(Exchange ex) {
        Exception e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.error("unexpected error in {}", ex.getFromRouteId(), e);
        write(ex, 500, problem(ex, 500, "Internal error", "An unexpected error occurred; it has been logged.",
                "INTERNAL"));
    }

    /** The RFC 7807 members every problem answer has; callers may add their own before {@link #write}. */
    public static Map<String, Object> problem(Exchange ex, int status, String title, String detail, String reason) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "/problems/" + reason.toLowerCase(Locale.ROOT).replace('_', '-'));
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("reason", reason);
        String path = ex.getMessage().getHeader(Exchange.HTTP_PATH, String.class);
        if (path != null) {
            p.put("instance", path);
        }
        return p;
    }

    private static String title(Reason reason) {
        String words = reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String language(Exchange ex) {
        String accept = ex.getMessage().getHeader("Accept-Language", String.class);
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "sl";
    }

    public static void write(Exchange ex, int status, Map<String, Object> problem) {
        Http.respond(ex, status, problem);
        ex.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/problem+json; charset=utf-8");
    }
}
