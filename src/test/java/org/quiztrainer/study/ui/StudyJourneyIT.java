package org.quiztrainer.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new learner registers, limits new cards to 10, and studies them with the keyboard in real Chromium:
 * flashcards revealed and rated, choices, a typed answer and numbers checked with Enter, one answer undone,
 * then the summary. Screenshots of each stage, at 375 px and in dark mode, go to target/screenshots.
 */
class StudyJourneyIT extends BrowserJourney {

    @Autowired
    TestUsers users;

    final Set<String> shot = new LinkedHashSet<>();
    final Set<String> typesAnswered = new LinkedHashSet<>();

    @Test
    void aNewLearnerStudiesTenCardsOfMixedTypesUndoesOneAndSeesTheSummary() throws Exception {
        String name = "journey" + (System.nanoTime() % 100000);
        register(name);
        logIn(name, "long-enough");

        browser.go("/study/settings");
        WebElement newPerDay = browser.waitFor(By.cssSelector(".study-settings-view vaadin-integer-field input"));
        List<WebElement> integers =
                browser.driver.findElements(By.cssSelector(".study-settings-view vaadin-integer-field input"));
        integers.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
        assertThat(newPerDay.getAttribute("value"))
                .as("the new-card limit as typed")
                .isEqualTo("10");
        browser.driver
                .findElement(By.cssSelector(".study-settings-view vaadin-button[theme~='primary']"))
                .click();
        browser.waitForText(By.tagName("body"), "Settings saved.");
        browser.screenshot("study-settings");
        checkEverywhere("study settings");

        browser.size(375, 812);
        browser.go("/study");
        browser.waitFor(By.cssSelector(".review-card"));
        browser.screenshot("study-start-375");
        browser.size(1280, 860);
        checkEverywhere("study");
        int answered = 0;
        while (answered < 10) {
            answerCard(answered);
            answered++;
            browser.waitForText(By.cssSelector(".progress-text"), "This session: " + answered + " of");
        }
        assertThat(typesAnswered).contains("flashcard", "choice", "typed-text", "typed-number");

        browser.js("document.querySelector('.study-view').focus()");
        new Actions(browser.driver).sendKeys("u").perform();
        browser.waitForText(By.cssSelector(".progress-text"), "This session: 9 of");
        browser.screenshot("study-undo");
        checkThemesAndWidths("study after undo");

        for (int extra = 0;
                extra < 15
                        && browser.driver
                                .findElements(By.cssSelector(".session-summary"))
                                .isEmpty();
                extra++) {
            answerCard(10 + extra);
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector(".session-summary, .review-card"))
                            .isEmpty());
            browser.settle();
        }
        browser.waitForText(By.cssSelector(".session-summary"), "Session done");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".session-summary"))
                        .getText())
                .contains("10")
                .contains("cards done")
                .contains("Next card due");
        browser.screenshot("study-summary");
        checkEverywhere("study summary");

        browser.size(375, 812);
        browser.go("/study");
        browser.waitFor(By.cssSelector(".session-summary"));
        browser.screenshot("study-summary-375");

        browser.size(1280, 860);
        browser.go("/practice");
        browser.waitFor(By.cssSelector(".language-select")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='中文']"))
                .click();
        browser.waitForText(By.cssSelector(".practice-view"), "开始练习");
        checkEverywhere("practice");
        browser.driver
                .findElement(By.cssSelector(".practice-view vaadin-button.start"))
                .click();
        browser.waitForText(By.cssSelector(".practice-view .progress-text"), "第 1 题");
        browser.screenshot("study-practice-zh");
        checkThemesAndWidths("practice question");
    }

    @Test
    void enterOnATopBarButtonActsOnThatButtonNotOnTheCard() throws Exception {
        browser.go("/login");
        logIn("learner", "learner123");
        browser.go("/study");
        browser.waitFor(By.cssSelector(".review-card"));
        browser.settle();
        assertThat(browser.driver.findElements(By.cssSelector(".rating-bar"))).isEmpty();

        browser.js("arguments[0].focus()", browser.waitFor(By.cssSelector("vaadin-drawer-toggle")));
        keys(Keys.ENTER.toString());
        browser.settle();
        keys(Keys.SPACE.toString());
        browser.settle();
        assertThat(browser.driver.findElements(By.cssSelector(".rating-bar")))
                .as("Enter and Space on the menu button do not reveal or answer the card")
                .isEmpty();

        browser.js("arguments[0].focus()", browser.waitFor(By.cssSelector(".review-card vaadin-button")));
        keys(Keys.ENTER.toString());
        browser.waitFor(By.cssSelector(".rating-bar"));
        assertThat(browser.cspViolations())
                .as("the app runs under its Content-Security-Policy")
                .isEmpty();
    }

    @Test
    void aMatchingQuestionIsAnsweredWithTheKeyboardOnly() throws Exception {
        logIn(users.create(Role.LEARNER).username(), TestUsers.PASSWORD);
        browser.go("/study");
        browser.waitFor(By.cssSelector(".review-card"));
        browser.driver
                .findElement(By.cssSelector(".scope-picker vaadin-details-summary"))
                .click();
        WebElement tags =
                browser.waitFor(By.cssSelector(".scope-picker vaadin-multi-select-combo-box.scope-tags input"));
        tags.sendKeys("relationship");
        browser.waitFor(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='relationship']"))
                .click();
        tags.sendKeys(Keys.ESCAPE);
        browser.waitFor(By.cssSelector(".answer-matching"));
        browser.settle();

        List<WebElement> selects = browser.driver.findElements(By.cssSelector(".answer-matching vaadin-select"));
        assertThat(selects).hasSize(4);
        browser.js("arguments[0].focus()", selects.get(0));
        for (int i = 0; i < selects.size(); i++) {
            keys(Keys.ENTER.toString());
            browser.waitFor(By.cssSelector("vaadin-select-overlay[opened]"));
            keys(Keys.ARROW_DOWN.toString());
            keys(Keys.ENTER.toString());
            browser.settle();
            assertThat(browser.driver.findElements(By.cssSelector(".feedback")))
                    .as("Enter in a drop-down picks an option and does not check the answer")
                    .isEmpty();
            keys(Keys.TAB.toString());
        }
        assertThat(selects)
                .allSatisfy(s -> assertThat(s.getAttribute("has-value")).isNotNull());
        browser.screenshot("study-matching-answered");
        checkThemesAndWidths("matching answered");
        browser.js("arguments[0].focus()", browser.driver.findElement(By.cssSelector("vaadin-button.check")));
        keys(Keys.ENTER.toString());
        WebElement feedback = browser.waitFor(By.cssSelector(".feedback"));
        assertThat(feedback.getText()).containsPattern("Right|right");
        browser.screenshot("study-matching-feedback");
        checkThemesAndWidths("matching feedback");
    }

    private void answerCard(int index) throws Exception {
        WebElement card = browser.waitFor(By.cssSelector(".review-card"));
        browser.settle();
        if (!card.findElements(By.cssSelector("vaadin-button.reveal")).isEmpty()) {
            once("study-flashcard");
            keys(" ");
            browser.waitFor(By.cssSelector(".rating-bar"));
            once("study-flashcard-revealed");
            typesAnswered.add("flashcard");
            keys("4");
            waitForNextCard(card);
            return;
        }
        if (!card.findElements(By.cssSelector(".answer-typed")).isEmpty()) {
            boolean number = card.getText().contains("Your number");
            WebElement input = card.findElement(By.cssSelector(".answer-typed input"));
            input.sendKeys(number ? "1.1亿" : "Googel");
            typesAnswered.add(number ? "typed-number" : "typed-text");
            input.sendKeys(Keys.ENTER);
            WebElement feedback = browser.waitFor(By.cssSelector(".feedback"));
            assertThat(feedback.getText())
                    .as("the typed answer reached the server")
                    .doesNotContain("Nothing was typed");
            once(number ? "study-number-feedback" : "study-typed-feedback");
        } else if (!card.findElements(By.cssSelector(".answer-choices, .answer-true-false"))
                .isEmpty()) {
            typesAnswered.add("choice");
            keys(" ");
            browser.settle();
            keys(Keys.ENTER.toString());
            browser.waitFor(By.cssSelector(".feedback"));
            once("study-choice-feedback");
        } else {
            typesAnswered.add("arranged");
            card.findElement(By.cssSelector("vaadin-button.check")).click();
            browser.waitFor(By.cssSelector(".feedback"));
            once("study-arranged-feedback");
        }
        if (index >= 3 && shot.add("dark")) {
            narrowAndDark();
        }
        keys("4");
        browser.settle();
        keys(Keys.ENTER.toString());
        waitForNextCard(card);
    }

    private void narrowAndDark() throws Exception {
        browser.size(375, 812);
        browser.settle();
        assertNoOverflow("study card");
        browser.screenshot("study-375");
        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        browser.settle();
        browser.screenshot("study-dark-375");
        browser.size(1280, 860);
        browser.screenshot("study-dark");
        browser.driver.findElement(By.cssSelector(".theme-toggle")).click();
        browser.settle();
        browser.js("arguments[0].focus()", browser.driver.findElement(By.cssSelector("vaadin-button.confirm")));
    }

    private void waitForNextCard(WebElement old) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            try {
                old.isDisplayed();
                return !d.findElements(By.cssSelector(".session-summary")).isEmpty();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            }
        });
    }

    private void keys(String keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** A screenshot and an accessibility check of each stage, the first time it is reached. */
    private void once(String name) throws Exception {
        if (shot.add(name)) {
            browser.screenshot(name);
            checkThemesAndWidths(name);
        }
    }

    private void register(String name) {
        browser.go("/register");
        browser.waitFor(By.cssSelector("#username input"));
        checkEverywhere("register");
        browser.waitFor(By.cssSelector("#username input")).sendKeys(name);
        browser.driver.findElement(By.cssSelector("#displayName input")).sendKeys("Journey Learner");
        browser.driver.findElement(By.cssSelector("#password input")).sendKeys("long-enough");
        browser.driver.findElement(By.cssSelector("#passwordRepeat input")).sendKeys("long-enough");
        browser.driver.findElement(By.cssSelector("#register")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
    }
}
