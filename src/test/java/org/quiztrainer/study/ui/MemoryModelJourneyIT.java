package org.quiztrainer.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.study.SimulatedHistory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner with ten weeks of (simulated) history answers three of the cards due today in real Chromium,
 * opens the study settings, optimises their memory model, reads the before → after in words, the workload
 * chart and its table, and is offered the way back to the defaults (going back is the Karibu test's, see
 * MemoryModelPanelTest: axe fails on the confirm dialog). axe runs on every state shown (both themes, desktop
 * and 375 px; both languages where the page survives a reload); screenshots go to target/screenshots.
 */
class MemoryModelJourneyIT extends BrowserJourney {

    @Autowired
    TestUsers users;

    @Autowired
    SimulatedHistory simulated;

    @Test
    void aLearnerOptimisesReadsBeforeAfterAndTheWorkloadChartAndItsTable() throws Exception {
        UserSummary me = users.create(Role.LEARNER);
        Instant now = Instant.now();
        TestUsers.login(me);
        try {
            simulated.write(me.id(), 150, 5, now.minus(Duration.ofDays(70)), now.minusSeconds(3600), 31);
        } finally {
            TestUsers.logout();
        }
        logIn(me.username(), TestUsers.PASSWORD, Language.EN, false);

        browser.go("/study");
        browser.waitFor(By.cssSelector(".review-card"));
        checkAccessibility("study, a card due from the history");
        for (int answered = 1; answered <= 3; answered++) {
            answerCard();
            browser.waitForText(By.cssSelector(".progress-text"), "This session: " + answered + " of");
        }

        browser.go("/study/settings");
        WebElement section = browser.waitFor(By.cssSelector(".memory-model"));
        assertThat(section.getText())
                .contains("Your memory model")
                .contains("the default FSRS-6 weights")
                .containsPattern("On your history: log loss 0\\.\\d{4}");
        assertThat(browser.waitFor(By.cssSelector(".workload-chart svg"))
                        .getSize()
                        .getWidth())
                .isPositive();
        browser.js("arguments[0].scrollIntoView()", section);
        browser.screenshot("memory-model-before");
        checkEverywhere("memory model, defaults");

        WebElement optimise = button(".memory-actions", "Optimise");
        browser.js("arguments[0].scrollIntoView({block: 'center'})", optimise);
        optimise.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(180))
                .until(d -> d.findElement(By.cssSelector(".memory-result"))
                        .getText()
                        .contains("closer to what"));
        browser.settle();
        assertThat(text(".memory-result"))
                .containsPattern("Log loss 0\\.\\d{4} → 0\\.\\d{4}, RMSE\\(bins\\) [\\d.]+% → [\\d.]+%")
                .containsPattern("predictions about \\d+ % closer to what you really recalled")
                .contains("The new weights are in force");
        assertThat(text(".memory-model")).contains("weights fitted to your own answers");
        assertThat(browser.driver.findElements(By.cssSelector(".memory-model vaadin-progress-bar[hidden]")))
                .as("the progress bar is gone once the run has ended")
                .hasSize(1);
        browser.js("document.querySelector('.memory-model').scrollIntoView()");
        browser.screenshot("memory-model-after");

        Object marks = browser.js("const c = echarts.getInstanceByDom(document.querySelector('.workload-chart'));"
                + "return c.getOption().series[0].markLine.data.length;");
        assertThat(((Number) marks).intValue())
                .as("your retention and the least-work one")
                .isEqualTo(2);
        assertThat(text(".workload-summary")).startsWith("At your desired retention 0.90");
        WebElement tableSummary =
                browser.driver.findElement(By.cssSelector(".workload-section vaadin-details-summary"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", tableSummary);
        browser.settle();
        tableSummary.click();
        browser.settle();
        List<String> retentions =
                browser.driver.findElements(By.cssSelector(".workload-table vaadin-grid-cell-content")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.matches("0\\.\\d\\d.*"))
                        .toList();
        assertThat(retentions)
                .as("the table's first column, the text equivalent of the chart")
                .anyMatch(t -> t.startsWith("0.70"))
                .anyMatch(t -> t.startsWith("0.97"));
        browser.js("document.querySelector('.workload-section').scrollIntoView()");
        browser.screenshot("memory-model-workload");
        checkEverywhere("memory model, fitted, workload table open");

        browser.size(PHONE, 812);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(browser.js("return document.querySelector('.workload-chart svg')"
                        + ".getBoundingClientRect().width <= window.innerWidth")));
        browser.settle();
        assertNoOverflow("memory model at 375 px");
        browser.js("document.querySelector('.memory-result').scrollIntoView()");
        browser.screenshot("memory-model-375");
        browser.showDark(true);
        browser.js("document.querySelector('.workload-section').scrollIntoView()");
        browser.screenshot("memory-model-dark-375");
        browser.showDark(false);
        browser.size(DESKTOP, 860);

        reloadIn(Language.ZH_CN);
        browser.waitForText(By.cssSelector(".memory-model"), "你的记忆模型");
        assertThat(text(".memory-result")).contains("预测与你实际的回忆大约接近了");
        browser.js("document.querySelector('.memory-model').scrollIntoView()");
        browser.screenshot("memory-model-zh");
        reloadIn(Language.EN);

        assertThat(button(".memory-actions", "Back to the defaults").isDisplayed())
                .as("a way back to the defaults once fitted")
                .isTrue();
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private WebElement button(String within, String label) {
        return browser.driver.findElements(By.cssSelector(within + " vaadin-button")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
    }

    /** Answers the card shown: a flashcard revealed and rated Good, any other type answered and checked. */
    private void answerCard() {
        WebElement card = browser.waitFor(By.cssSelector(".review-card"));
        browser.settle();
        if (!card.findElements(By.cssSelector("vaadin-button.reveal")).isEmpty()) {
            keys(" ");
            browser.waitFor(By.cssSelector(".rating-bar"));
            keys("3");
        } else {
            if (!card.findElements(By.cssSelector(".answer-typed input")).isEmpty()) {
                card.findElement(By.cssSelector(".answer-typed input")).sendKeys("42", Keys.ENTER);
            } else if (!card.findElements(By.cssSelector(".answer-choices, .answer-true-false"))
                    .isEmpty()) {
                card.findElement(By.cssSelector("vaadin-radio-button, vaadin-checkbox"))
                        .click();
                browser.settle();
                card.findElement(By.cssSelector("vaadin-button.check")).click();
            } else {
                card.findElement(By.cssSelector("vaadin-button.check")).click();
            }
            browser.waitFor(By.cssSelector(".feedback"));
            keys("3");
            browser.settle();
            keys(Keys.ENTER.toString());
        }
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            try {
                card.isDisplayed();
                return !d.findElements(By.cssSelector(".session-summary")).isEmpty();
            } catch (StaleElementReferenceException e) {
                return true;
            }
        });
    }

    private void keys(String keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }
}
