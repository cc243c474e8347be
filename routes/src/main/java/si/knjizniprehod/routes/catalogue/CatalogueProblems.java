package si.knjizniprehod.routes.catalogue;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.connectors.sru.CircuitOpenException;
import si.knjizniprehod.connectors.sru.SruDiagnostic;
import si.knjizniprehod.connectors.sru.SruDiagnosticException;
import static si.knjizniprehod.routes.api.Problems.problem;
import static si.knjizniprehod.routes.api.Problems.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * problem+json for the catalogue's own failures: the SRU server's diagnostics and bad answers are 502 (the
 * upstream catalogue failed), an open circuit breaker, timeouts and refused connections 503, unknown records 404.
 */
public final class CatalogueProblems {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueProblems.class);

    public void diagnostic(Exchange ex) {
        SruDiagnosticException e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, SruDiagnosticException.class);
        Map<String, Object> p = problem(ex, 502, "Catalogue diagnostic",
                "The catalogue answered with an SRU diagnostic: " + e.getMessage(), "CATALOGUE_DIAGNOSTIC");
        List<Map<String, Object>> ds = new ArrayList<>();
        for (SruDiagnostic d : e.diagnostics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("uri", d.uri());
            m.put("details", d.details());
            m.put("message", d.message());
            ds.add(m);
        }
        p.put("diagnostics", ds);
        write(ex, 502, p);
    }

    public void upstream(Exchange ex) {
        Exception e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("catalogue error: {}", e.getMessage());
        write(ex, 502, problem(ex, 502, "Catalogue error", e.getMessage(), "CATALOGUE_ERROR"));
    }

    public void unavailable(Exchange ex) {
        Exception e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("catalogue unavailable: {}", e.getMessage());
        Map<String, Object> p = problem(ex, 503, "Catalogue unavailable", e.getMessage(), "CATALOGUE_UNAVAILABLE");
        write(ex, 503, p);
        if (e instanceof CircuitOpenException c && c.retryAfter() != null) {
            ex.getMessage().setHeader("Retry-After", Math.max(1, c.retryAfter().toSeconds()));
        }
    }

    public void notFound(Exchange ex) {
        Exception e = ex.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        write(ex, 404, problem(ex, 404, "Record unknown", e.getMessage(), "RECORD_UNKNOWN"));
    }
}
