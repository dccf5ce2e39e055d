package org.quiztrainer.demo;

import java.util.ArrayList;
import java.util.List;
import org.quiztrainer.account.DemoAccountsCreated;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table but the bank's, restarting their ids as on a fresh database (a card's id, and with it
 * the interval fuzz, depends on the learner's), and inserts the demo accounts, for building the demo again.
 */
final class DemoReset {

    /** The demo learner and the classmates {@code app.demo-data} creates. */
    static final List<String> LEARNERS = List.of(
            "learner",
            "wangfang",
            "liwei",
            "zhangmin",
            "liuyang",
            "chenjing",
            "yanglei",
            "emma",
            "liam",
            "olivia",
            "noah",
            "sophia",
            "lucas");

    private DemoReset() {}

    static DemoAccountsCreated emptyWithAccounts(JdbcTemplate jdbc) {
        for (String table : List.of(
                "attempt_answer",
                "attempt",
                "assignment_override",
                "assignment",
                "class_member",
                "class_group",
                "review_log",
                "study_card",
                "study_settings",
                "study_scope",
                "app_user")) {
            jdbc.update("delete from " + table);
            if (!table.startsWith("study_s")) {
                jdbc.update("alter table " + table + " alter column id restart with 1");
            }
        }
        List<DemoAccountsCreated.Account> learners = new ArrayList<>();
        for (String username : LEARNERS) {
            learners.add(new DemoAccountsCreated.Account(insert(jdbc, username, "LEARNER"), username));
        }
        return new DemoAccountsCreated(
                insert(jdbc, "instructor", "INSTRUCTOR"), insert(jdbc, "admin", "ADMIN"), learners);
    }

    private static long insert(JdbcTemplate jdbc, String username, String role) {
        jdbc.update(
                "insert into app_user (username, display_name, password_hash, role, language, created_at) "
                        + "values (?, ?, 'x', ?, 'en', current_timestamp)",
                username,
                "Demo " + username,
                role);
        return id(jdbc, username);
    }

    private static long id(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
