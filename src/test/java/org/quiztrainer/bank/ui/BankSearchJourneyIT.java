package org.quiztrainer.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.account.Language;

/**
 * The demo learner searches the real bank in Chinese in real Chromium and previews a question in both
 * languages; screenshots go to target/screenshots.
 */
class BankSearchJourneyIT extends BrowserJourney {

    @Test
    void aLearnerSearchesTheBankInChinese() throws Exception {
        logIn("learner", "learner123", Language.ZH_CN, false);

        browser.go("/bank");
        browser.waitFor(By.cssSelector(".bank-view"));
        browser.waitForText(By.cssSelector(".view-title"), "题库");
        checkEverywhere("bank");
        WebElement search = browser.waitFor(By.cssSelector(".bank-view vaadin-text-field input"));
        search.sendKeys("梯度消失");

        String question = "梯度要穿过很多时间步往回传";
        browser.waitForText(By.cssSelector(".bank-view .question-grid"), question);
        browser.waitForText(By.cssSelector(".bank-view"), "共 1 题");
        browser.screenshot("bank-search-zh");

        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + question + "')]"))
                .click();
        browser.waitForText(By.cssSelector(".question-preview .preview-zh"), question);
        String english = browser.driver
                .findElement(By.cssSelector(".question-preview .preview-en"))
                .getText();
        assertThat(english).contains("英文").containsPattern("[A-Za-z]{4,}");
        browser.screenshot("bank-preview-zh");
        checkThemesAndWidths("bank preview");
    }
}
