package org.quiztrainer.bank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.quiztrainer.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo learner searches the real bank in Chinese in real Chromium and previews a question in both
 * languages; screenshots go to target/screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.demo-data=true", "spring.datasource.url=jdbc:h2:mem:bank-journey;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa", "spring.datasource.password="
        })
class BankSearchJourneyIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLearnerSearchesTheBankInChinese() throws Exception {
        browser.go("/login");
        browser.waitFor(By.cssSelector(".language-select")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='中文']"))
                .click();
        browser.waitForText(By.cssSelector(".login-title"), "智学测验");
        WebElement user = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys("learner");
        browser.driver
                .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("learner123", Keys.ENTER);
        browser.waitFor(By.cssSelector(".home-view"));

        browser.go("/bank");
        browser.waitFor(By.cssSelector(".bank-view"));
        browser.waitForText(By.cssSelector(".view-title"), "题库");
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
    }
}
