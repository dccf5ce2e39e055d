package org.quiztrainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for journey tests. Without Chromium and chromedriver the test is skipped with
 * the reason printed, except under {@code CI=true}, where their absence fails the build.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    public final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Starts Chromium against {@code baseUrl}, or skips (fails on CI) when it is not installed. */
    public static Browser open(String baseUrl) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String reason = "Browser test skipped: " + CHROMIUM + " or " + DRIVER
                    + " is missing (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason.replace("skipped", "cannot run on CI"));
            }
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        Path profile =
                Files.createDirectories(Path.of("target/chromium-profiles")).resolve("p" + System.nanoTime());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,860");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, baseUrl);
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the page's {@code <html lang>} is {@code tag}. */
    public void waitForLang(String tag) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> tag.equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
    }

    /** Waits until Vaadin has no request in flight. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && Object.values("
                                + "window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive())")));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The window's size. */
    public Dimension size() {
        return driver.manage().window().getSize();
    }

    /** The page's language, theme and width, for reports: {@code [zh-CN, dark, 375 px]}. */
    public String describe() {
        return "[" + js("return document.documentElement.lang || '?'") + ", " + (dark() ? "dark" : "light") + ", "
                + js("return window.innerWidth") + " px]";
    }

    /** Whether the dark theme is on. */
    public boolean dark() {
        return Boolean.TRUE.equals(
                js("return (document.body.getAttribute('theme') || '')" + ".split(' ').includes('dark')"));
    }

    /**
     * Switches the theme in the page only, as the theme toggle shows it (the user's stored choice is left
     * alone, so the next page load shows the stored theme again). CSS transitions are turned off first, in the
     * page and in every shadow tree (a field's label takes its colour from a part inside one), so that what is
     * measured next is the colour the theme ends at, not one half-way through a label's fade.
     */
    public void showDark(boolean dark) {
        js("const css = '*, *::before, *::after { transition: none !important }';"
                + " const add = root => { if (!root.querySelector('style.qt-no-transitions')) {"
                + " const s = document.createElement('style'); s.className = 'qt-no-transitions';"
                + " s.textContent = css; (root.head || root).appendChild(s); } };"
                + " add(document); const walk = node => node.querySelectorAll('*').forEach(e => {"
                + " if (e.shadowRoot) { add(e.shadowRoot); walk(e.shadowRoot); } }); walk(document);");
        js("arguments[0] ? document.body.setAttribute('theme', 'dark') : document.body.removeAttribute('theme')", dark);
        settle();
        settleAnimations();
    }

    /**
     * Waits (at most 3 s, for an endless spinner) until no CSS transition or animation runs in the page, shadow
     * trees included, so that colours are measured where they end.
     */
    public void settleAnimations() {
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until) {
            Object running = js("return document.getAnimations({subtree: true})"
                    + ".filter(a => a.playState === 'running' && a.effect"
                    + " && a.effect.getComputedTiming().iterations !== Infinity).length");
            if (running instanceof Number n && n.intValue() == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The horizontal overflow of the page in pixels (0 when nothing sticks out to the right). */
    public int horizontalOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }

    /** Saves a PNG under {@code target/screenshots/} and returns its path. */
    public Path screenshot(String name) throws IOException {
        settle();
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * The browser console's messages about the Content-Security-Policy since the last call: the app must run
     * under its own policy, so a journey expects none.
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
