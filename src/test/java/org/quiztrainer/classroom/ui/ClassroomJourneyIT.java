package org.quiztrainer.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.account.Language;

/**
 * In real Chromium: the demo instructor creates a class and an assignment, the demo learner joins, takes it
 * (reloading the page in the middle), submits, and the instructor sees the grade and the item analysis.
 * Screenshots go to target/screenshots/class-*.png.
 */
class ClassroomJourneyIT extends BrowserJourney {

    static final String TF = "aigc-llm.aigc-not-only-text";
    static final String SINGLE = "aigc-llm.bert-why-not-aigc";

    @Test
    void anInstructorAssignsALearnerTakesItThroughAReloadAndTheInstructorReadsTheResults() throws Exception {
        logIn("instructor", "instructor123", Language.EN, false);
        browser.go("/classes");
        browser.waitForText(By.cssSelector(".classes-view"), "LLM basics 2026");
        checkEverywhere("classes");
        input(".classes-view vaadin-text-field").sendKeys("LLM 基础 · 一班");
        click(By.xpath("//vaadin-button[normalize-space(.)='Create class']"));
        String code = browser.waitFor(By.cssSelector(".join-code")).getText();
        assertThat(code).hasSize(8);

        checkEverywhere("class detail");
        click(By.xpath("//vaadin-button[normalize-space(.)='New assignment']"));
        browser.waitFor(By.cssSelector(".assignment-editor-view"));
        checkEverywhere("assignment editor");
        input(".assignment-editor-view vaadin-text-field").sendKeys("第一次小测 Quiz 1");
        pick(SINGLE);
        pick(TF);
        WebElement limit = browser.driver
                .findElements(By.cssSelector(".assignment-editor-view vaadin-integer-field"))
                .get(2)
                .findElement(By.tagName("input"));
        limit.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20", Keys.TAB);
        browser.settle();
        browser.screenshot("class-editor");
        checkThemesAndWidths("assignment editor filled in");
        click(By.xpath("//vaadin-button[normalize-space(.)='Save']"));
        browser.waitForText(By.cssSelector(".class-detail-view"), "第一次小测 Quiz 1");
        browser.screenshot("class-detail");
        checkThemesAndWidths("class detail with an assignment");
        logOut();

        logIn("learner", "learner123", Language.EN, false);
        browser.go("/my-assignments");
        browser.waitForText(By.cssSelector(".assignment-cards"), "Quiz 3");
        checkEverywhere("my assignments");
        input(".my-assignments-view vaadin-text-field").sendKeys(code.toLowerCase(Locale.ROOT));
        click(By.xpath("//vaadin-button[normalize-space(.)='Join']"));
        browser.waitForText(By.cssSelector(".assignment-cards"), "第一次小测 Quiz 1");
        browser.screenshot("class-my-assignments");
        click(By.xpath(
                "//*[contains(concat(' ', normalize-space(@class), ' '), ' assignment-card ')][.//h3[normalize-space(.)='第一次小测 Quiz 1']]"
                        + "//vaadin-button[normalize-space(.)='Start']"));
        browser.waitFor(By.cssSelector(".attempt-timer"));
        click(By.xpath("//vaadin-radio-button[contains(., 'It is good at understanding text')]"));
        browser.waitForText(By.cssSelector(".attempt-progress"), "1 of 2 answered");

        browser.driver.navigate().refresh();
        browser.waitForText(By.cssSelector(".attempt-progress"), "1 of 2 answered");
        WebElement kept =
                browser.waitFor(By.xpath("//vaadin-radio-button[contains(., 'It is good at understanding text')]"));
        assertThat(kept.getAttribute("checked"))
                .as("the answer survived the reload")
                .isNotNull();
        assertThat(browser.driver.findElement(By.cssSelector(".attempt-timer")).getText())
                .startsWith("Time left 19:");
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='False']"));
        browser.waitForText(By.cssSelector(".attempt-progress"), "2 of 2 answered");
        browser.screenshot("class-take");
        checkEverywhere("attempt");
        browser.size(375, 812);
        browser.settle();
        assertNoOverflow("attempt");
        browser.screenshot("class-take-375");
        browser.size(1280, 860);
        click(By.xpath("//vaadin-button[normalize-space(.)='Submit']"));
        browser.waitForText(By.cssSelector(".attempt-review-view"), "Score: 100 %");
        browser.screenshot("class-review");
        checkEverywhere("attempt review");
        logOut();

        logIn("instructor", "instructor123", Language.EN, false);
        browser.go("/classes");
        click(By.xpath("//a[normalize-space(.)='LLM 基础 · 一班']"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Gradebook']"));
        browser.waitForText(By.cssSelector(".gradebook-view"), "100 %");
        assertThat(browser.driver.findElement(By.cssSelector(".gradebook-view")).getText())
                .contains("Demo Learner");
        browser.screenshot("class-gradebook");
        checkEverywhere("gradebook");
        click(By.xpath("//vaadin-button[normalize-space(.)='100 %']"));
        browser.waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
        checkThemesAndWidths("gradebook attempts dialog");
        click(By.xpath("//vaadin-button[normalize-space(.)='Open']"));
        browser.waitFor(By.cssSelector(".attempt-detail-view"));
        checkEverywhere("attempt marks");
        browser.driver.navigate().back();
        browser.waitFor(By.cssSelector(".gradebook-view"));
        browser.driver.navigate().back();
        click(By.xpath("//vaadin-button[normalize-space(.)='Item analysis']"));
        browser.waitForText(By.cssSelector(".item-analysis-view"), "Facility");
        browser.waitForText(By.cssSelector(".item-analysis-view"), "100 %");
        browser.screenshot("class-analysis");
        checkEverywhere("item analysis");
        click(By.cssSelector(".item-analysis-view vaadin-button.analysis-question"));
        browser.waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
        checkThemesAndWidths("item analysis question dialog");
    }

    private WebElement input(String css) {
        return browser.waitFor(By.cssSelector(css)).findElement(By.tagName("input"));
    }

    private void click(By by) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> browser.waitFor(by).isEnabled());
        WebElement element = browser.waitFor(by);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.settle();
    }

    private void pick(String questionId) {
        WebElement box = browser.waitFor(By.cssSelector(".assignment-editor-view vaadin-multi-select-combo-box"))
                .findElement(By.tagName("input"));
        box.sendKeys(questionId);
        browser.settle();
        By item = By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + questionId + " · ')]");
        browser.waitFor(item).click();
        browser.settle();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> chipFor(questionId));
        box.sendKeys(Keys.ESCAPE);
        browser.settle();
    }

    private boolean chipFor(String questionId) {
        WebElement box =
                browser.driver.findElement(By.cssSelector(".assignment-editor-view vaadin-multi-select-combo-box"));
        return (Boolean) browser.js(
                "return [...arguments[0].selectedItems]" + ".some(i => JSON.stringify(i).includes(arguments[1]))",
                box,
                questionId);
    }
}
