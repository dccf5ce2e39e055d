package org.quiztrainer.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.account.Language;

/** The demo learner logs in, in English and in Chinese, in real Chromium; screenshots go to target/screenshots. */
class LoginJourneyIT extends BrowserJourney {

    @Test
    void theDemoLearnerLogsInInBothLanguages() throws Exception {
        preferences("learner", Language.EN, false);
        browser.go("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        checkEverywhere("login");
        browser.screenshot("login-en");
        typeLogin("learner", "wrong-password");
        browser.waitForText(By.cssSelector("vaadin-login-form"), "Wrong username or password");
        checkThemesAndWidths("login error");
        browser.screenshot("login-error-en");

        logIn("learner", "learner123");
        browser.waitForText(By.cssSelector(".user-menu"), "Demo Learner");
        assertThat(browser.driver.findElement(By.cssSelector(".user-menu")).getText())
                .contains("Learner");
        checkEverywhere("home");
        browser.screenshot("home-en");

        browser.go("/admin/users");
        browser.waitForText(By.tagName("body"), "Access denied");
        assertThat(browser.driver.findElements(By.cssSelector(".users-view"))).isEmpty();
        checkEverywhere("access denied");
        browser.go("/no/such/page");
        browser.waitForText(By.tagName("body"), "Page not found");
        checkEverywhere("not found");

        logOut();
        chooseLanguage("中文");
        browser.waitForText(By.cssSelector(".login-title"), "智学测验");
        browser.screenshot("login-zh");
        logIn("learner", "learner123");
        browser.waitForText(By.cssSelector(".home-view"), "欢迎");
        assertThat(browser.driver.findElement(By.cssSelector(".user-menu")).getText())
                .contains("学习者");
        browser.screenshot("home-zh");

        browser.size(PHONE, 812);
        browser.go("/");
        browser.waitFor(By.cssSelector(".home-view"));
        assertNoOverflow("home");
        browser.screenshot("home-zh-375");
    }

    @Test
    void theAdminListsTheUsers() {
        logIn("admin", "admin123", Language.EN, false);
        browser.go("/admin/users");
        browser.waitFor(By.cssSelector(".users-view vaadin-grid"));
        browser.waitForText(By.cssSelector(".users-view"), "wangfang");
        checkEverywhere("users");
    }

    private void typeLogin(String username, String password) {
        WebElement user = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    private void chooseLanguage(String label) {
        browser.waitFor(By.cssSelector(".language-select")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))
                .click();
    }
}
