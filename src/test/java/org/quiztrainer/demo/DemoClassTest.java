package org.quiztrainer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quiztrainer.TestClockConfig;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Role;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.GradebookService;
import org.quiztrainer.classroom.ItemAnalysis;
import org.quiztrainer.classroom.ItemAnalysisService;
import org.quiztrainer.progress.ClassProgress;
import org.quiztrainer.progress.ClassProgressService;
import org.quiztrainer.progress.LearnerProgress;
import org.quiztrainer.progress.ProgressService;
import org.quiztrainer.srs.Card;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.study.StudyHistoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code app.demo-data} on an empty database: the demo class with thirteen learners, sixty days of study each,
 * three quizzes with attempts, and every instructor and learner page with data; the same again for the same
 * time; nothing when users exist.
 */
@SpringBootTest(
        properties = {
            "app.demo-data=true",
            "spring.datasource.url=jdbc:h2:mem:demo-class;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
@Import(TestClockConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoClassTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DemoClassroom classroom;

    @Autowired
    ClassProgressService classProgress;

    @Autowired
    ItemAnalysisService itemAnalysis;

    @Autowired
    AssignmentService assignments;

    @Autowired
    GradebookService gradebook;

    @Autowired
    ProgressService progress;

    @Autowired
    StudyHistoryService history;

    @Test
    @Order(1)
    void theDemoClassHasThirteenLearnersWithTwoMonthsOfStudyAndThreeQuizzes() {
        long classId =
                jdbc.queryForObject("select id from class_group where name = ?", Long.class, DemoClassroom.CLASS_NAME);
        assertThat(count("select count(*) from class_member where class_id = ?", classId))
                .isEqualTo(13);
        assertThat(count("select count(*) from app_user")).isEqualTo(15);
        assertThat(count("select count(distinct learner_id) from review_log")).isEqualTo(13);
        assertThat(count("select count(*) from review_log")).isGreaterThan(13 * 300);
        assertThat(count("select count(*) from review_log where source = 'QUIZ'"))
                .isGreaterThan(100);
        assertThat(count("select count(distinct cast(reviewed_at as date)) from review_log"))
                .isGreaterThanOrEqualTo(55);

        AppUserDetails instructor = user("instructor", Role.INSTRUCTOR);
        TestUsers.login(instructor);
        List<Assignment> quizzes = assignments.forClass(classId);
        assertThat(quizzes).hasSize(3);
        Instant now = Instant.now();
        assertThat(quizzes.get(0).settings().closesAt()).isBefore(now);
        assertThat(quizzes.get(1).settings().closesAt()).isBefore(now);
        assertThat(quizzes.get(2).settings().opensAt()).isBefore(now);
        assertThat(quizzes.get(2).settings().closesAt()).isAfter(now);
        for (Assignment quiz : quizzes) {
            ItemAnalysis analysis = itemAnalysis.analyse(quiz.id());
            assertThat(analysis.attempts()).as(quiz.settings().title()).isGreaterThanOrEqualTo(4);
            assertThat(analysis.items()).hasSize(DemoQuizzes.SIZE);
        }
        List<Double> facilities = quizzes.stream()
                .flatMap(q -> itemAnalysis.analyse(q.id()).items().stream())
                .map(i -> i.stats().facility())
                .toList();
        assertThat(facilities)
                .as("some questions are harder than others")
                .anySatisfy(f -> assertThat(f).isLessThan(0.6))
                .anySatisfy(f -> assertThat(f).isGreaterThan(0.85));
        assertThat(gradebook.gradebook(classId).rows()).hasSize(13);

        ClassProgress matrix = classProgress.matrix(classId);
        matrix.learners()
                .forEach(l -> System.out.printf(
                        "demo class: %s recall %.2f, %d answers this week%n",
                        l.username(), l.assignedRecall(), l.answersWeek()));
        assertThat(matrix.learners()).hasSize(13);
        assertThat(matrix.items()).isNotEmpty();
        assertThat(matrix.learners()).filteredOn(LearnerProgress::inactive).hasSize(2);
        assertThat(matrix.learners()).filteredOn(LearnerProgress::lowRecall).isNotEmpty();
        assertThat(matrix.learners())
                .filteredOn(l -> !l.inactive() && !l.lowRecall())
                .hasSizeGreaterThan(6);

        TestUsers.login(user("admin", Role.ADMIN));
        assertThat(replayed("emma")).isGreaterThan(500);
        assertThat(replayed("liam")).isGreaterThan(50);

        TestUsers.login(user("learner", Role.LEARNER));
        var dashboard = progress.dashboard();
        assertThat(dashboard.calendar()).hasSizeGreaterThan(40);
        assertThat(dashboard.topics()).anySatisfy(t -> assertThat(t.recallNow()).isGreaterThan(0.3));
        TestUsers.logout();
    }

    @Test
    @Order(2)
    void theSameTimeGivesTheSameClassAndUsersMeanNothingIsCreated() throws Exception {
        Instant now = Instant.parse("2026-03-10T09:30:00Z");
        String first = rebuild(now);
        String second = rebuild(now);
        assertThat(second).isEqualTo(first).contains("wangfang|");
        assertThat(rebuild(now.plus(Duration.ofDays(1)))).isNotEqualTo(first);

        long users = count("select count(*) from app_user");
        long answers = count("select count(*) from review_log");
        context.getBean("demoData", ApplicationRunner.class).run(null);
        assertThat(count("select count(*) from app_user")).isEqualTo(users);
        assertThat(count("select count(*) from class_group")).isEqualTo(1);
        assertThat(count("select count(*) from review_log")).isEqualTo(answers);
    }

    /** Empties the database, creates the demo accounts and class as of {@code now}, and describes the result. */
    private String rebuild(Instant now) {
        classroom.create(DemoReset.emptyWithAccounts(jdbc), now);
        List<String> rows = jdbc.queryForList(
                "select u.username || '|' || r.question_id || '|' || r.source || '|' || r.reviewed_at || '|' "
                        + "|| r.rating || '|' || r.state_after || '|' || r.due_after from review_log r "
                        + "join app_user u on u.id = r.learner_id order by u.username, r.reviewed_at, r.question_id",
                String.class);
        List<String> attempts = jdbc.queryForList(
                "select u.username || '|' || a.title || '|' || t.score || '|' || t.submitted_at from attempt t "
                        + "join assignment a on a.id = t.assignment_id join app_user u on u.id = t.learner_id "
                        + "order by u.username, a.title",
                String.class);
        return String.join("\n", rows) + "\n" + String.join("\n", attempts);
    }

    /**
     * Replays the learner's review log through their scheduler: each row must be what the scheduler makes of
     * the card before it and its rating, and the stored card what the last row left. Returns the rows checked.
     */
    private int replayed(String username) {
        long learner = user(username, Role.LEARNER).id();
        Scheduler scheduler = history.scheduler(learner);
        Map<String, Card> cards = new HashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select question_id, reviewed_at, rating, state_after, due_after, stability from review_log "
                        + "where learner_id = ? order by reviewed_at, id",
                learner);
        for (Map<String, Object> row : rows) {
            String q = (String) row.get("question_id");
            Instant at = instant(row.get("reviewed_at"));
            Card before = cards.getOrDefault(q, Card.createNew(history.cardId(learner, q), at));
            Card after = scheduler
                    .review(before, Rating.ofGrade(((Number) row.get("rating")).intValue()), at)
                    .card();
            assertThat(after.state().name()).as(q + " at " + at).isEqualTo(row.get("state_after"));
            assertThat(after.due()).as(q + " at " + at).isEqualTo(instant(row.get("due_after")));
            cards.put(q, after);
        }
        jdbc.query(
                "select question_id, due, reps from study_card where learner_id = ?",
                rs -> {
                    Card c = cards.get(rs.getString(1));
                    assertThat(c.due()).isEqualTo(rs.getTimestamp(2).toInstant());
                    assertThat(c.reps()).isEqualTo(rs.getInt(3));
                },
                learner);
        return rows.size();
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    private AppUserDetails user(String username, Role role) {
        return new AppUserDetails(
                jdbc.queryForObject("select id from app_user where username = ?", Long.class, username),
                username,
                "",
                role,
                false);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
