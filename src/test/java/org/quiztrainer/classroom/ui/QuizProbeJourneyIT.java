package org.quiztrainer.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.Browser;
import org.quiztrainer.TestUsers;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.export.CardText;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.classroom.GradebookService;
import org.quiztrainer.classroom.ReviewOptions;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probe of issue 10, repeated in real Chromium: a learner taking an assignment with feedback off and review
 * after it closes answers a true/false question wrong, then looks for its answer in study, the bank browser,
 * the exports and their progress pages, and finds none; the submitted mark is the wrong answer's.
 * Screenshots go to target/screenshots/probe-*.png.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:quiz-probe;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
class QuizProbeJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Classroom classroom;

    @Autowired
    AssignmentService assignments;

    @Autowired
    GradebookService gradebook;

    @Autowired
    StudySettingsService settings;

    @Autowired
    BankService bank;

    Browser browser;
    Classroom.Setup setup;
    Assignment quiz;

    @BeforeEach
    void open() throws Exception {
        Instant now = Instant.now();
        setup = classroom.create(1);
        quiz = setup.assign(
                assignments,
                Classroom.fourQuestions(now.minusSeconds(60))
                        .withPresentation(
                                false,
                                false,
                                false,
                                new ReviewOptions(true, true, true, true, ReviewOptions.When.AFTER_CLOSE)));
        TestUsers.login(setup.learner());
        StudySettings d = StudySettings.defaults(java.time.ZoneOffset.UTC);
        settings.save(new StudySettings(
                d.desiredRetention(), 0, 9999, d.learningSteps(), d.relearningSteps(), d.dayStartHour(), d.zone()));
        TestUsers.logout();
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterEach
    void close() {
        TestUsers.logout();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLearnerInAQuizFindsTheAnswerNowhereAndTheWrongAnswerStays() throws Exception {
        TestUsers.login(setup.teacher());
        String tf = bank.preview(Classroom.TF).orElseThrow().front().en();
        String tfAnswer =
                "✓ " + CardText.answer(bank.question(Classroom.TF).orElseThrow().question(), java.util.Locale.ENGLISH);
        TestUsers.logout();
        logIn(setup.learner().username());

        browser.go("/assignments/" + quiz.id() + "/take");
        browser.waitForText(By.cssSelector(".take-attempt-view"), tf);
        WebElement question = browser.driver.findElement(
                By.xpath("//div[contains(@class,'attempt-question')][contains(., \"" + tf + "\")]"));
        click(question.findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)='True']")));
        browser.waitForText(By.cssSelector(".attempt-progress"), "1 of 4 answered");
        browser.waitForText(By.cssSelector(".take-attempt-view"), "Saved");

        browser.go("/study?topic=aigc-llm");
        browser.waitFor(By.cssSelector(".study-view"));
        browser.settle();
        String study = browser.driver.findElement(By.cssSelector(".study-view")).getText();
        assertThat(study)
                .as("no new cards today, and the quiz's card is not served")
                .doesNotContain(tf);
        assertThat(study).doesNotContain(tfAnswer);

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

        browser.go("/progress/question/" + Classroom.TF);
        browser.waitFor(By.cssSelector(".question-history-view"));
        browser.settle();
        String history = browser.driver
                .findElement(By.cssSelector(".question-history-view"))
                .getText();
        assertThat(history).doesNotContain("Quiz").doesNotContain("Again");

        browser.go("/assignments/" + quiz.id() + "/take");
        browser.waitForText(By.cssSelector(".attempt-progress"), "1 of 4 answered");
        click(By.xpath("//vaadin-button[normalize-space(.)='Submit']"));
        browser.waitForText(By.cssSelector(".attempt-review-view"), "You can review it from");

        browser.go("/progress/question/" + Classroom.TF);
        browser.waitForText(By.cssSelector(".question-history-view"), "Withheld");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".question-history-view"))
                        .getText())
                .doesNotContain("Again")
                .doesNotContain("Good");
        browser.screenshot("probe-history-withheld");
        browser.go("/study?topic=aigc-llm");
        browser.waitFor(By.cssSelector(".study-view"));
        browser.settle();
        assertThat(browser.driver.findElement(By.cssSelector(".study-view")).getText())
                .as("not served while the review is closed either")
                .doesNotContain(tf);

        browser.go("/attempts/abc/review");
        browser.waitForText(By.tagName("body"), "Page not found");
        browser.go("/attempts/" + "9".repeat(30) + "/review");
        browser.waitForText(By.tagName("body"), "Page not found");
        assertThat(browser.cspViolations())
                .as("the app runs under its Content-Security-Policy")
                .isEmpty();

        TestUsers.login(setup.teacher());
        List<Double> scores =
                gradebook.gradebook(setup.cls().id()).rows().get(0).grades();
        assertThat(scores).as("the wrong answer's mark stands: 0 of 4").containsExactly(0.0);
    }

    private void logIn(String username) {
        browser.go("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys(username);
        browser.driver
                .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        browser.waitFor(By.cssSelector(".home-view"));
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
