package si.knjizniprehod.connectors.sru;

import java.util.Objects;

/**
 * A searchRetrieve request.
 *
 * @param query          the CQL query (build it with {@link CqlBuilder} when it contains user input)
 * @param startRecord    1-based position of the first record wanted
 * @param maximumRecords records per page; 0 asks for the hit count only
 * @param recordSchema   schema to ask for, or {@code null} for the configured one
 */
public record SearchRequest(String query, int startRecord, int maximumRecords, String recordSchema) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("empty CQL query");
        }
        if (startRecord < 1) {
            throw new IllegalArgumentException("startRecord must be 1 or more, got " + startRecord);
        }
        if (maximumRecords < 0) {
            throw new IllegalArgumentException("maximumRecords must be 0 or more, got " + maximumRecords);
        }
    }

    public static SearchRequest of(String query, int startRecord, int maximumRecords) {
        return new SearchRequest(query, startRecord, maximumRecords, null);
    }

    public SearchRequest withSchema(String schema) {
        return new SearchRequest(query, startRecord, maximumRecords, schema);
    }
}
