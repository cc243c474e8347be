package si.knjizniprehod.core.catalogue;

import si.knjizniprehod.core.db.Jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Where the scheduled harvest of a catalogue left off ({@code harvest_state}). */
public final class HarvestStateRepository {

    /** The last completed harvest of a catalogue. */
    public record HarvestState(String catalogue, Instant lastHarvest, int lastCount) {
    }

    public Optional<HarvestState> find(Connection c, String catalogue) throws SQLException {
        return Jdbc.queryOne(c, "SELECT catalogue, last_harvest, last_count FROM harvest_state WHERE catalogue = ?",
                rs -> new HarvestState(rs.getString(1), Jdbc.instant(rs, "last_harvest"), rs.getInt(3)), catalogue);
    }

    /** Records a completed harvest (insert or update). */
    public void record(Connection c, String catalogue, Instant when, int count) throws SQLException {
        int n = Jdbc.update(c, "UPDATE harvest_state SET last_harvest = ?, last_count = ? WHERE catalogue = ?",
                when, count, catalogue);
        if (n == 0) {
            Jdbc.update(c, "INSERT INTO harvest_state (catalogue, last_harvest, last_count) VALUES (?, ?, ?)",
                    catalogue, when, count);
        }
    }
}
