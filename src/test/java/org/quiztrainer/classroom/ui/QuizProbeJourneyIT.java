package org.quiztrainer.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Language;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.export.CardText;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.classroom.GradebookService;
import org.quiztrainer.classroom.ReviewOptions;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The probe of issue 10, repeated in real Chromium: a learner taking an assignment with feedback off and review
 * after it closes answers a true/false question wrong, then looks for its answer in study, practice, the bank
 * browser and its exports, and their progress pages, and finds none; once submitted, the answer enters the
 * memory model once and its mark stays hidden; the gradebook keeps the wrong answer's mark. Every page is
 * checked with axe. Screenshots go to target/screenshots/probe-*.png.
 */
class QuizProbeJourneyIT extends BrowserJourney {

    static final String TOPIC = "aigc-llm";

    @Autowired
    Classroom classroom;

    @Autowired
    AssignmentService assignments;

    @Autowired
    GradebookService gradebook;

    @Autowired
    StudySettingsService settings;

    @Autowired
    StudyService study;

    @Autowired
    BankService bank;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aLearnerInAQuizFindsTheAnswerNowhereAndTheSubmittedAnswerEntersTheMemoryOnce() throws Exception {
        Classroom.Setup setup = classroom.create(1);
        Assignment quiz = setup.assign(
                assignments,
                Classroom.fourQuestions(Instant.now().minusSeconds(60))
                        .withPresentation(
                                false,
                                false,
                                false,
                                new ReviewOptions(true, true, true, true, ReviewOptions.When.AFTER_CLOSE)));
        String tf = bank.preview(Classroom.TF).orElseThrow().front().en();
        String tfAnswer =
                CardText.answer(bank.question(Classroom.TF).orElseThrow().question(), Locale.ENGLISH);
        StudyScope topic = new StudyScope(Set.of(TOPIC), Set.of());
        int wholeTopic = study.practice(topic, StudyService.PRACTICE_MAX, 1).size();
        String learner = setup.learner().username();
        TestUsers.login(setup.learner());
        StudySettings d = StudySettings.defaults(ZoneOffset.UTC);
        settings.save(new StudySettings(
                d.desiredRetention(), 0, 9999, d.learningSteps(), d.relearningSteps(), d.dayStartHour(), d.zone()));
        TestUsers.logout();
        long learnerId = setup.learner().id();

        logIn(learner, TestUsers.PASSWORD, Language.EN, false);
        browser.go("/assignments/" + quiz.id() + "/take");
        browser.waitForText(By.cssSelector(".take-attempt-view"), tf);
        WebElement question = browser.driver.findElement(
                By.xpath("//div[contains(@class,'attempt-question')][contains(., \"" + tf + "\")]"));
        click(question.findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)='True']")));
        browser.waitForText(By.cssSelector(".attempt-progress"), "1 of 4 answered");
        browser.waitForText(By.cssSelector(".take-attempt-view"), "Saved");
        checkAccessibility("attempt with feedback off");
        assertThat(quizLogs(learnerId))
                .as("nothing enters the memory before submission")
                .isZero();

        browser.go("/study?topic=" + TOPIC);
        browser.waitFor(By.cssSelector(".study-view"));
        browser.settle();
        String studied = text(".study-view");
        assertThat(studied)
                .as("no new cards today, and the quiz's card is not served as a card to relearn")
                .doesNotContain(tf)
                .doesNotContain(tfAnswer);
        checkAccessibility("study during a quiz");

        browser.go("/practice");
        browser.waitFor(By.cssSelector(".practice-view"));
        chooseTopic(".practice-view", "AIGC and large language models");
        WebElement count = browser.waitFor(By.cssSelector(".practice-view .practice-setup vaadin-integer-field input"));
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(StudyService.PRACTICE_MAX), Keys.TAB);
        browser.settle();
        click(By.cssSelector(".practice-view vaadin-button.start"));
        browser.waitForText(
                By.cssSelector(".practice-view .progress-text"),
                "Question 1 of " + (wholeTopic - Classroom.FOUR.size()));
        assertThat(text(".practice-view .stage")).doesNotContain(tf);
        checkAccessibility("practice during a quiz");

        browser.go("/bank");
        browser.waitFor(By.cssSelector(".question-grid"));
        browser.waitFor(By.cssSelector(".bank-view vaadin-text-field input")).sendKeys(tf);
        browser.settle();
        browser.waitForText(By.cssSelector(".bank-view"), "0 questions");
        assertThat(browser.driver.findElements(By.cssSelector(".export-gift, .export-txt")))
                .as("exports are for instructors and admins")
                .isEmpty();
        WebElement search = browser.driver.findElement(By.cssSelector(".bank-view vaadin-text-field input"));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.settle();
        click(browser.waitFor(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), 'aigc-llm.')]")));
        browser.waitFor(By.cssSelector(".preview-key-hidden"));
        assertThat(browser.driver.findElements(By.cssSelector(".preview-answer, .preview-explanation")))
                .as("no key of a question the learner has not answered")
                .isEmpty();
        browser.screenshot("probe-bank-key-hidden");
        checkAccessibility("bank during a quiz");

        browser.go("/progress/question/" + Classroom.TF);
        browser.waitFor(By.cssSelector(".question-history-view"));
        browser.settle();
        assertThat(text(".question-history-view")).doesNotContain("Quiz").doesNotContain("Again");
        checkAccessibility("question history during a quiz");

        browser.go("/assignments/" + quiz.id() + "/take");
        browser.waitForText(By.cssSelector(".attempt-progress"), "1 of 4 answered");
        click(By.xpath("//vaadin-button[normalize-space(.)='Submit']"));
        browser.waitForText(By.cssSelector(".attempt-review-view"), "You can review it from");
        checkAccessibility("review not open yet");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(x -> quizLogs(learnerId) > 0);
        assertThat(jdbc.queryForList(
                        "select question_id from review_log where learner_id = ? and source = 'QUIZ'",
                        String.class,
                        learnerId))
                .as("the answer submitted enters the memory, once")
                .containsExactly(Classroom.TF);

        browser.go("/progress/question/" + Classroom.TF);
        browser.waitForText(By.cssSelector(".question-history-view"), "Withheld");
        assertThat(text(".question-history-view")).doesNotContain("Again").doesNotContain("Good");
        browser.screenshot("probe-history-withheld");
        checkAccessibility("question history, mark withheld");

        browser.go("/progress");
        browser.waitFor(By.cssSelector(".progress-view .progress-accuracy"));
        browser.settle();
        assertThat(text(".progress-view .progress-accuracy"))
                .as("accuracy by type counts no answer whose mark is withheld")
                .contains("No answers yet.");
        checkAccessibility("progress, mark withheld");

        browser.go("/study?topic=" + TOPIC);
        browser.waitFor(By.cssSelector(".study-view"));
        browser.settle();
        assertThat(text(".study-view"))
                .as("not served while the review is closed either")
                .doesNotContain(tf);

        browser.go("/attempts/abc/review");
        browser.waitForText(By.tagName("body"), "Page not found");
        browser.go("/attempts/" + "9".repeat(30) + "/review");
        browser.waitForText(By.tagName("body"), "Page not found");
        assertThat(browser.cspViolations())
                .as("the app runs under its Content-Security-Policy")
                .isEmpty();
        assertThat(quizLogs(learnerId)).as("recorded once, not again").isEqualTo(1);

        TestUsers.login(setup.teacher());
        List<Double> scores =
                gradebook.gradebook(setup.cls().id()).rows().get(0).grades();
        TestUsers.logout();
        assertThat(scores).as("the wrong answer's mark stands: 0 of 4").containsExactly(0.0);
    }

    private int quizLogs(long learnerId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from review_log where learner_id = ? and source = 'QUIZ'", Integer.class, learnerId);
        return n == null ? 0 : n;
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private void chooseTopic(String view, String name) {
        By input = By.cssSelector(view + " .scope-picker vaadin-multi-select-combo-box.scope-topics input");
        browser.waitFor(By.cssSelector(view + " .scope-picker"));
        if (!browser.driver.findElement(input).isDisplayed()) {
            click(By.cssSelector(view + " .scope-picker vaadin-details-summary"));
        }
        WebElement topics = browser.waitFor(input);
        topics.sendKeys("AIGC");
        browser.waitFor(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + name + "')]"))
                .click();
        topics.sendKeys(Keys.ESCAPE);
        browser.settle();
    }

    private void click(By by) {
        click(browser.waitFor(by));
    }

    private void click(WebElement element) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> element.isEnabled());
        browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.settle();
    }
}
