package org.quiztrainer.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.account.Language;

/**
 * The demo learner makes a bank of their own in Chinese in real Chromium: the list of banks, the new bank's
 * settings, a topic, a flashcard written in the editor with its preview, the bank's browser, and a study session
 * on the new topic. Every page is checked with axe in both themes and at 375 px; screenshots go to
 * target/screenshots.
 */
class MakeABankJourneyIT extends BrowserJourney {

    private static final String QUESTION = "RLHF 中的奖励模型学习预测什么？";

    @Test
    void aLearnerMakesAChineseBankWritesAFlashcardAndStudiesIt() throws Exception {
        logIn("learner", "learner123", Language.ZH_CN, false);

        browser.go("/banks");
        browser.waitFor(By.cssSelector(".banks-view .bank-card"));
        checkEverywhere("banks");
        shot("banks-zh");

        browser.waitFor(By.cssSelector(".create-bank")).click();
        browser.waitFor(By.cssSelector(".bank-settings-view"));
        type(By.cssSelector(".bank-title-field input"), "我的强化学习");
        browser.waitFor(By.xpath("//vaadin-radio-button[.//label[normalize-space()='中文']]"))
                .click();
        checkThemesAndWidths("new bank");
        browser.waitFor(By.cssSelector(".settings-save")).click();
        browser.waitForText(By.cssSelector(".bank-view .bank-header"), "我的强化学习");
        long bankId = jdbc.queryForObject(
                "select id from bank where title = ? order by id desc limit 1", Long.class, "我的强化学习");

        browser.go("/bank/" + bankId + "/topics");
        browser.waitFor(By.cssSelector(".topic-add")).click();
        type(By.cssSelector(".topic-dialog .topic-name-zh input, vaadin-text-field.topic-name-zh input"), "奖励模型");
        browser.waitFor(By.cssSelector(".topic-save")).click();
        browser.waitForText(By.cssSelector(".bank-topics-view"), "奖励模型");
        checkThemesAndWidths("topics and tags");
        String topicId = jdbc.queryForObject(
                "select id from bank_topic where bank_id = ? and retired = false", String.class, bankId);

        browser.go("/bank/" + bankId + "/question?new=flashcard&topic=" + topicId);
        browser.waitFor(By.cssSelector(".question-editor-view .question-form"));
        type(area("题干"), QUESTION);
        type(area("答案（背面）"), "人类更偏好哪一个回答。");
        browser.waitForText(By.cssSelector(".editor-preview"), QUESTION);
        shot("bank-editor-zh");
        checkThemesAndWidths("editor");
        click(By.cssSelector(".editor-save"));
        browser.waitForText(By.cssSelector(".editor-status"), "修订版本 1");
        assertThat(jdbc.queryForObject("select count(*) from bank_question where bank_id = ?", Integer.class, bankId))
                .isEqualTo(1);

        browser.go("/bank/" + bankId);
        browser.waitForText(By.cssSelector(".bank-view .question-grid"), QUESTION);
        browser.size(PHONE, 800);
        browser.waitFor(By.cssSelector(".topic-select"));
        assertThat(browser.driver.findElement(By.cssSelector(".topic-tree")).isDisplayed())
                .as("at 375 px the topic tree gives way to a drop-down")
                .isFalse();
        assertNoOverflow("my bank at 375 px");
        browser.showDark(true);
        shot("bank-browser-zh-dark-375");
        browser.showDark(false);
        browser.size(DESKTOP, 900);
        checkEverywhere("my bank");
        shot("bank-browser-zh");

        reloadIn(Language.EN);
        browser.waitForText(By.cssSelector(".bank-view"), "Topics");
        shot("bank-browser-en");
        browser.go("/bank/" + bankId + "/question/"
                + jdbc.queryForObject("select id from bank_question where bank_id = ?", String.class, bankId));
        browser.waitForText(By.cssSelector(".editor-preview"), QUESTION);
        browser.showDark(true);
        shot("bank-editor-en-dark");
        browser.showDark(false);
        checkThemesAndWidths("editor of a saved question");

        browser.go("/study?topic=" + topicId);
        browser.waitForText(By.cssSelector(".review-card"), QUESTION);
        checkThemesAndWidths("study the new bank");
        shot("bank-study-en");
    }

    private By area(String label) {
        return By.xpath("//vaadin-text-area[.//label[normalize-space()='" + label + "']]//textarea");
    }

    private void click(By by) {
        WebElement element = browser.waitFor(by);
        browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.settle();
    }

    private void type(By by, String text) {
        WebElement field = browser.waitFor(by);
        field.click();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        browser.settle();
    }

    private void shot(String name) throws Exception {
        assertThat(browser.screenshot(name)).exists();
    }
}
