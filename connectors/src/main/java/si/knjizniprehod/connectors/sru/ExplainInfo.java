package si.knjizniprehod.connectors.sru;

import java.util.List;

/**
 * What an SRU server says about itself (ZeeRex explain record). Every field may be empty when the server's
 * explain record is empty, which is what Zebra and yaz-ztest send unless an explain record is configured.
 *
 * @param version  the SRU version of the answer
 * @param host     serverInfo/host
 * @param port     serverInfo/port, 0 if absent
 * @param database serverInfo/database
 * @param title    databaseInfo/title
 * @param indexes  searchable indexes as {@code set.name} (e.g. {@code dc.title})
 * @param schemas  record schemas the server offers
 * @param defaultMaximumRecords configInfo default numberOfRecords, 0 if absent
 * @param rawXml   the explain record as XML ({@code ""} if the server sent none)
 */
public record ExplainInfo(String version, String host, int port, String database, String title,
                          List<String> indexes, List<Schema> schemas, int defaultMaximumRecords, String rawXml) {

    /** A record schema the server offers: its short name, identifier URI and title. */
    public record Schema(String name, String identifier, String title) {
    }

    public ExplainInfo {
        indexes = List.copyOf(indexes);
        schemas = List.copyOf(schemas);
    }

    public boolean supportsIndex(String index) {
        return indexes.contains(index);
    }

    public boolean supportsSchema(String nameOrIdentifier) {
        return schemas.stream().anyMatch(s -> nameOrIdentifier.equals(s.name()) || nameOrIdentifier.equals(s.identifier()));
    }
}
