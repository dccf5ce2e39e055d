package org.quiztrainer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot be reached is told apart from a bug, however deep the cause is wrapped. */
class DatabaseTroubleTest {

    @Test
    void aLostOrRefusedConnectionIsTransient() {
        assertThat(DatabaseTrouble.isTransient(new CannotCreateTransactionException(
                        "no connection", new SQLTransientConnectionException("pool timed out"))))
                .isTrue();
        assertThat(DatabaseTrouble.isTransient(new JpaSystemException(
                        new RuntimeException(new SQLException("terminating connection", "57P01")))))
                .as("PostgreSQL shutting down")
                .isTrue();
        assertThat(DatabaseTrouble.isTransient(
                        new UncategorizedSQLException("x", "SELECT 1", new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseTrouble.isTransient(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseTrouble.isTransient(new DataIntegrityViolationException(
                        "duplicate", new SQLException("unique violation", "23505"))))
                .isFalse();
        assertThat(DatabaseTrouble.isTransient(new IllegalArgumentException("bad")))
                .isFalse();
        assertThat(DatabaseTrouble.isTransient(new SQLException("no state"))).isFalse();
        assertThat(DatabaseTrouble.isTransient(null)).isFalse();
    }
}
