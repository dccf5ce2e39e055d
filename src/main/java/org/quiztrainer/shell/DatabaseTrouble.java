package org.quiztrainer.shell;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, the network gone) from every other failure:
 * the first passes by itself, so the user is told to try again in a moment rather than shown an error.
 */
public final class DatabaseTrouble {

    private DatabaseTrouble() {}

    /** Whether {@code t}, or anything that caused it, says the database cannot be reached just now. */
    public static boolean isTransient(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 25; c = c.getCause(), depth++) {
            if (c instanceof CannotCreateTransactionException
                    || c instanceof DataAccessResourceFailureException
                    || c instanceof SQLTransientConnectionException
                    || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException
                    || c instanceof ConnectException) {
                return true;
            }
            if (c instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), 57P01 to 57P03 (the server
     * is shutting down, restarting or not yet accepting connections), 53300 (too many connections).
     */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }
}
