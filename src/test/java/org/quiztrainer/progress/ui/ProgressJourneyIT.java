package org.quiztrainer.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.progress.ProgressSeed;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo learner, with half a year of simulated study, opens each dashboard in real Chromium: English and
 * light at desktop width, Chinese and dark at 375 px; the demo instructor opens a class of six whose learners
 * studied (or not). Screenshots go to target/screenshots/progress-*.png.
 */
class ProgressJourneyIT extends BrowserJourney {

    static final String CLASS_ITEMS_ZH = "全班最易遗忘的题目";

    @Autowired
    ClassService classes;

    @Autowired
    TestUsers users;

    long learner;

    @BeforeEach
    void seed() {
        learner = jdbc.queryForObject("select id from app_user where username = 'learner'", Long.class);
        if (jdbc.queryForObject("select count(*) from review_log where learner_id = ?", Long.class, learner) == 0) {
            ProgressSeed.simulate(jdbc, learner, Instant.now(), ZoneOffset.UTC, 200, 2, 7);
        }
    }

    @Test
    void theLearnerOpensEveryDashboardInBothLanguagesAndThemes() throws Exception {
        browser.size(1280, 2600);
        logIn("learner", "learner123", Language.EN, false);
        browser.go("/progress");
        waitForChart(".progress-calendar-chart");
        waitForChart(".progress-mastery-chart");
        assertThat(browser.driver.findElement(By.cssSelector(".progress-view")).getText())
                .contains("True retention", "Mastery per topic", "day streak");
        browser.screenshot("progress-en");

        browser.size(1280, 1400);
        browser.go("/progress/topic/rnn");
        browser.waitFor(By.cssSelector(".topic-question-table"));
        browser.screenshot("progress-topic-en");
        String question = jdbc.queryForObject(
                "select question_id from study_card where learner_id = ? "
                        + "order by lapses desc, reps desc, question_id limit 1",
                String.class,
                learner);
        browser.go("/progress/question/" + question);
        waitForChart(".question-recall-chart");
        waitForChart(".question-memory-chart");
        browser.screenshot("progress-question-en");

        logOut();
        browser.size(375, 2900);
        logIn("learner", "learner123", Language.ZH_CN, true);
        browser.go("/progress");
        waitForChart(".progress-calendar-chart");
        waitForChart(".progress-forecast-chart");
        browser.waitForText(By.cssSelector(".progress-view"), "真实保持率");
        assertNoOverflow();
        browser.screenshot("progress-zh-dark-375");
        browser.go("/progress/topic/rnn");
        browser.waitFor(By.cssSelector(".topic-question-table"));
        assertNoOverflow();
        browser.go("/progress/question/" + question);
        waitForChart(".question-recall-chart");
        assertNoOverflow();
        browser.screenshot("progress-question-zh-dark-375");
    }

    /** Nothing sticks out to the right of the window: not the page, not a section, not a table. */
    private void assertNoOverflow() {
        Number page = (Number)
                browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(page.intValue()).as("page overflow at 375 px").isLessThanOrEqualTo(0);
        Number right = (Number) browser.js("return Math.max(0, ...Array.from(document.querySelectorAll("
                + "'.progress-section, vaadin-grid, .progress-tile')).map(e => e.getBoundingClientRect().right))");
        assertThat(right.intValue()).as("rightmost box at 375 px").isLessThanOrEqualTo(375);
    }

    @Test
    void theInstructorSeesTheClassMatrix() throws Exception {
        AppUserDetails teacher = new AppUserDetails(
                jdbc.queryForObject("select id from app_user where username = 'instructor'", Long.class),
                "instructor",
                "",
                Role.INSTRUCTOR,
                false);
        TestUsers.login(teacher);
        ClassSummary c = classes.create("LLM 入门 · Spring");
        for (int i = 0; i < 6; i++) {
            UserSummary learner = users.create(Role.LEARNER);
            if (i % 3 != 2) {
                ProgressSeed.copy(jdbc, this.learner, learner.id());
            }
            TestUsers.login(learner);
            classes.join(c.joinCode());
        }
        TestUsers.logout();
        browser.size(1280, 1300);
        logIn("instructor", "instructor123", Language.EN, false);
        browser.go("/progress/classes/" + c.id());
        browser.waitFor(By.cssSelector(".class-matrix-grid"));
        browser.waitForText(By.cssSelector(".class-progress-view"), "What the class forgets most");
        browser.screenshot("progress-class-en");

        browser.driver.manage().addCookie(new org.openqa.selenium.Cookie("qt-lang", "zh-CN", "/"));
        browser.size(375, 1600);
        browser.go("/progress/classes/" + c.id());
        browser.waitFor(By.cssSelector(".class-matrix-grid"));
        browser.waitForText(By.cssSelector(".class-progress-view"), CLASS_ITEMS_ZH);
        assertNoOverflow("class progress");
        browser.screenshot("progress-class-zh-375");
    }

    private void waitForChart(String css) {
        browser.waitFor(By.cssSelector(css + " svg"));
        browser.settle();
    }
}
