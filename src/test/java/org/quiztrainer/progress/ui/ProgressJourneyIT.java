package org.quiztrainer.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.account.Language;

/**
 * The demo learner, with the demo's two months of simulated study, opens each dashboard in real Chromium:
 * English and light at desktop width, Chinese and dark at 375 px; the demo instructor opens the demo class of
 * thirteen, some of them at risk. Every page is checked for accessibility in both languages and themes and at
 * both widths. Screenshots go to target/screenshots/progress-*.png.
 */
class ProgressJourneyIT extends BrowserJourney {

    static final String CLASS_ITEMS_ZH = "全班最易遗忘的题目";

    @Test
    void theLearnerOpensEveryDashboardInBothLanguagesAndThemes() throws Exception {
        browser.size(DESKTOP, 2600);
        logIn("learner", "learner123", Language.EN, false);
        browser.go("/progress");
        waitForChart(".progress-calendar-chart");
        waitForChart(".progress-mastery-chart");
        assertThat(browser.driver.findElement(By.cssSelector(".progress-view")).getText())
                .contains("True retention", "Mastery per topic", "day streak");
        browser.screenshot("progress-en");
        checkEverywhere("progress");

        browser.size(DESKTOP, 1400);
        browser.go("/progress/topic/rnn");
        browser.waitFor(By.cssSelector(".topic-question-table"));
        browser.screenshot("progress-topic-en");
        checkEverywhere("topic progress");
        String question = jdbc.queryForObject(
                "select question_id from study_card where learner_id = (select id from app_user where username = "
                        + "'learner') order by lapses desc, reps desc, question_id limit 1",
                String.class);
        browser.go("/progress/question/" + question);
        waitForChart(".question-recall-chart");
        waitForChart(".question-memory-chart");
        browser.screenshot("progress-question-en");
        checkEverywhere("question history");

        logOut();
        browser.size(PHONE, 2900);
        logIn("learner", "learner123", Language.ZH_CN, true);
        browser.go("/progress");
        waitForChart(".progress-calendar-chart");
        waitForChart(".progress-forecast-chart");
        browser.waitForText(By.cssSelector(".progress-view"), "真实保持率");
        assertNothingSticksOut();
        browser.screenshot("progress-zh-dark-375");
        browser.go("/progress/topic/rnn");
        browser.waitFor(By.cssSelector(".topic-question-table"));
        assertNothingSticksOut();
        browser.go("/progress/question/" + question);
        waitForChart(".question-recall-chart");
        assertNothingSticksOut();
        browser.screenshot("progress-question-zh-dark-375");
    }

    /** Nothing sticks out to the right of the window: not the page, not a section, not a table. */
    private void assertNothingSticksOut() {
        assertNoOverflow("progress");
        Number right = (Number) browser.js("return Math.max(0, ...Array.from(document.querySelectorAll("
                + "'.progress-section, vaadin-grid, .progress-tile')).map(e => e.getBoundingClientRect().right))");
        assertThat(right.intValue()).as("rightmost box at 375 px").isLessThanOrEqualTo(PHONE);
    }

    @Test
    void theInstructorSeesTheDemoClassWithLearnersAtRisk() throws Exception {
        long demoClass = jdbc.queryForObject("select id from class_group where name = 'LLM basics 2026'", Long.class);
        browser.size(DESKTOP, 1500);
        logIn("instructor", "instructor123", Language.EN, false);
        browser.go("/progress/classes/" + demoClass);
        browser.waitFor(By.cssSelector(".class-matrix-grid"));
        browser.waitForText(By.cssSelector(".class-progress-view"), "What the class forgets most");
        browser.waitForText(By.cssSelector(".class-matrix-grid"), "Liam Smith");
        browser.screenshot("progress-class-en");
        checkEverywhere("class progress");

        reloadIn(Language.ZH_CN);
        browser.size(PHONE, 1600);
        browser.go("/progress/classes/" + demoClass);
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
