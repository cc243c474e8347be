package si.knjizniprehod.core.db;

import java.sql.SQLException;

/** A database failure (not a refusal): the caller should answer "try again later". */
public class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public boolean isUniqueViolation() {
        String state = ((SQLException) getCause()).getSQLState();
        return "23505".equals(state) || "23001".equals(state);
    }
}
