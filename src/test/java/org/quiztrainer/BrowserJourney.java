package org.quiztrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.quiztrainer.account.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The base of every Selenium journey: one app with the demo data (all journeys share its Spring context and
 * in-memory database, so it starts once), a fresh headless Chromium per test, logging in and out, and the
 * accessibility checks. Each journey leaves the users' preferences as it found them by setting them when it
 * logs in ({@link #logIn(String, String, Language, boolean)}).
 *
 * <p>Accessibility: {@link #checkAccessibility(String)} runs axe on what is shown; {@link
 * #checkThemesAndWidths(String)} also on the other theme and at the other width (desktop 1280 px and phone
 * 375 px) without reloading, for states behind a click; {@link #checkEverywhere(String)} adds the other
 * language by reloading the page, for pages that survive a reload. Every critical or serious violation
 * fails the test when it ends; with {@code -Djourney.screenshots=all} each checked variant is also saved
 * under {@code target/screenshots/matrix/}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.demo-data=true",
            "spring.datasource.url=jdbc:h2:mem:journeys;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
public abstract class BrowserJourney {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 375;

    private static final boolean ALL_SHOTS = "all".equals(System.getProperty("journey.screenshots"));

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Browser browser;
    protected Accessibility axe;

    /** Whether someone is logged in in this browser (by {@link #logIn}; {@link #logOut} ends it). */
    private boolean loggedIn;

    @BeforeEach
    final void openBrowser() throws Exception {
        browser = Browser.open("http://localhost:" + port);
        axe = new Accessibility(browser);
    }

    @AfterEach
    final void closeBrowser() {
        try {
            if (axe != null) {
                System.out.printf(
                        "axe: %d checks in %s, %.0f s%n", axe.runs(), getClass().getSimpleName(), axe.seconds());
                axe.assertNoBlockingViolations();
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    /** Stores a user's language and theme, as if they had chosen them, before they log in. */
    protected void preferences(String username, Language language, boolean dark) {
        jdbc.update(
                "update app_user set language = ?, dark_mode = ? where username = ?", language.tag(), dark, username);
    }

    /**
     * Logs in with the user's stored language and theme (on the login form shown, or on a new one) and waits for
     * the home page.
     */
    protected void logIn(String username, String password) {
        if (browser.driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty()) {
            browser.go("/login");
        }
        WebElement user = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
        browser.waitFor(By.cssSelector(".home-view"));
        loggedIn = true;
    }

    /** Logs in after setting the user's language and theme. */
    protected void logIn(String username, String password, Language language, boolean dark) {
        preferences(username, language, dark);
        browser.driver.manage().deleteCookieNamed("qt-lang");
        logIn(username, password);
    }

    /** Logs out from the top bar and waits for the login form. */
    protected void logOut() {
        browser.go("/");
        browser.waitFor(By.cssSelector(".logout")).click();
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        loggedIn = false;
    }

    /** Runs axe on the page as shown; critical and serious violations fail the test at its end. */
    protected void checkAccessibility(String page) {
        axe.check(page);
        if (ALL_SHOTS) {
            shot(page);
        }
    }

    /**
     * Runs axe on the page as shown, then in the other theme and at the other width (desktop or phone),
     * without a reload, and restores the theme and the window.
     */
    protected void checkThemesAndWidths(String page) {
        Dimension window = browser.size();
        boolean dark = browser.dark();
        int first = window.getWidth() <= PHONE ? PHONE : DESKTOP;
        for (int width : List.of(first, first == PHONE ? DESKTOP : PHONE)) {
            if (browser.size().getWidth() != width) {
                browser.size(width, window.getHeight());
            }
            for (boolean theme : List.of(dark, !dark)) {
                browser.showDark(theme);
                checkAccessibility(page);
            }
            browser.showDark(dark);
        }
        browser.size(window.getWidth(), window.getHeight());
        browser.settle();
    }

    /**
     * {@link #checkThemesAndWidths(String)} in both languages: the page is reloaded in the other language
     * (the choice a user makes with the language switch) and then in the first one again, so it must be a page
     * that shows the same thing after a reload.
     */
    protected void checkEverywhere(String page) {
        checkThemesAndWidths(page);
        String lang = String.valueOf(browser.js("return document.documentElement.lang"));
        Language first = lang.startsWith("zh") ? Language.ZH_CN : Language.EN;
        reloadIn(first == Language.EN ? Language.ZH_CN : Language.EN);
        checkThemesAndWidths(page);
        reloadIn(first);
    }

    /**
     * Reloads the page in {@code language}, as after choosing it with the language switch: the browser's choice
     * is what a logged-in user's next page follows; a visitor's page (no one logged in) is opened as a new visit.
     */
    protected void reloadIn(Language language) {
        if (!loggedIn) {
            browser.driver.manage().deleteCookieNamed("JSESSIONID");
        }
        browser.driver.manage().addCookie(new Cookie("qt-lang", language.tag(), "/"));
        browser.driver.navigate().refresh();
        browser.settle();
        browser.waitForLang(language.tag());
    }

    /** Asserts that nothing sticks out to the right of the window. */
    protected void assertNoOverflow(String page) {
        assertThat(browser.horizontalOverflow())
                .as("horizontal overflow of " + page + " " + browser.describe())
                .isLessThanOrEqualTo(0);
    }

    private void shot(String page) {
        try {
            Files.createDirectories(Browser.SCREENSHOTS.resolve("matrix"));
            String d = browser.describe().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-|-$", "");
            browser.screenshot("matrix/" + page.replaceAll("[^A-Za-z0-9-]+", "-") + "-" + d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
