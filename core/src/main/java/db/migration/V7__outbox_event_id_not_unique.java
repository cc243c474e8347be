package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the unique constraint on {@code outbox_event.event_id}. Its index was one insert and one
 * delete more in every circulation write, and nothing reads by event id: the relay reads by
 * {@code seq}. Event ids are UUID version 7 with 74 random bits per millisecond, so a repeat is not
 * a case to pay for on every write. A Java migration because the constraint's name is chosen by
 * the database (H2 {@code constraint_…}, PostgreSQL {@code outbox_event_event_id_key}).
 */
public class V7__outbox_event_id_not_unique extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT constraint_name FROM information_schema.table_constraints "
                     + "WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = 'outbox_event' "
                     + "AND constraint_type = 'UNIQUE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("ALTER TABLE outbox_event DROP CONSTRAINT \"" + name + "\"");
            }
        }
    }
}
