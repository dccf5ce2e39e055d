package org.quiztrainer.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.quiztrainer.BrowserJourney;
import org.quiztrainer.account.Language;
import org.quiztrainer.bank.io.anki.TestDecks;

/**
 * Import through the page in real Chromium. An instructor imports a GIFT file into a new bank: a broken question
 * is a problem at its line, the fixed file is previewed and confirmed, the edited file comes back as updated, not
 * duplicated. A learner imports their Anki package with its review history into a new bank of their own: the
 * preview says the history comes with it, and after confirming their cards keep Anki's due dates, so study offers
 * the overdue card as a review, not the first new one. Screenshots go to target/screenshots.
 */
class ImportJourneyIT extends BrowserJourney {

    private static final String GIFT = """
            $CATEGORY: $course$/top/Capitals

            ::capital:: What is the capital of France? {=Paris ~London ~Berlin}

            ::earth:: The Earth is round. {T}

            ::pi:: Pi to two decimals? {#3.14:0.01}

            ::match:: Match the countries with their capitals. {=France -> Paris =Spain -> Madrid =Italy -> Rome}
            """;

    @TempDir
    Path dir;

    @Test
    void anInstructorImportsAGiftFileFixesItAndImportsItAgain() throws Exception {
        logIn("instructor", "instructor123", Language.EN, false);
        browser.go("/import");
        browser.waitFor(By.cssSelector(".transfer-view .import-upload"));
        checkAccessibility("import");

        WebElement title = browser.waitFor(By.cssSelector(".transfer-view vaadin-text-field input"));
        title.sendKeys("Capitals", Keys.TAB);
        upload("capitals.gift", GIFT + "\n::open:: This one never closes {=yes ~no\n");
        browser.waitForText(By.cssSelector(".import-problems"), "line 11");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".import-preview vaadin-button[theme~='primary']"))
                        .getAttribute("disabled"))
                .isNotNull();
        checkAccessibility("import preview with a problem");

        upload("capitals-fixed.gift", GIFT);
        browser.waitForText(By.cssSelector(".import-file"), "capitals-fixed.gift");
        browser.waitForText(By.cssSelector(".import-totals"), "4 questions: 4 new, 0 updated, 0 unchanged.");
        browser.js("document.querySelector('.import-preview').scrollIntoView({block: 'start'})");
        browser.screenshot("import-preview-en");
        checkThemesAndWidths("import preview");
        confirm();
        browser.waitForText(By.cssSelector(".import-outcome"), "Imported 4 questions: 4 new, 0 updated, 0 unchanged.");
        browser.waitForText(By.cssSelector(".import-report"), "capitals-fixed.gift");
        checkAccessibility("import report");

        upload("capitals-2.gift", GIFT.replace("Pi to two decimals?", "Pi to two decimal places?"));
        browser.waitForText(By.cssSelector(".import-file"), "capitals-2.gift");
        browser.waitForText(By.cssSelector(".import-totals"), "4 questions: 0 new, 1 updated, 3 unchanged.");
        confirm();
        browser.waitForText(By.cssSelector(".import-outcome"), "Imported 4 questions: 0 new, 1 updated, 3 unchanged.");
        Integer questions = jdbc.queryForObject(
                "select count(*) from bank_question q join bank b on b.id = q.bank_id where b.title = 'Capitals'",
                Integer.class);
        assertThat(questions).isEqualTo(4);
    }

    @Test
    void aLearnerImportsTheirAnkiDeckWithItsHistoryAndStudiesWhatIsDue() throws Exception {
        Path deck = dir.resolve("capitals.apkg");
        Map<String, Instant> ankiDue = TestDecks.capitals(deck, Instant.now());
        logIn("learner", "learner123", Language.EN, false);
        browser.go("/import");
        WebElement title = browser.waitFor(By.cssSelector(".transfer-view vaadin-text-field input"));
        title.sendKeys("My Anki capitals", Keys.TAB);
        upload(deck);
        browser.waitForText(By.cssSelector(".import-file"), "capitals.apkg");
        browser.waitForText(By.cssSelector(".import-totals"), "4 questions: 4 new, 0 updated, 0 unchanged.");
        browser.waitForText(
                By.cssSelector(".import-history"), "Your review history comes with it: 3 cards and 9 answers");
        browser.js("document.querySelector('.import-preview').scrollIntoView({block: 'start'})");
        browser.screenshot("import-anki-preview-en");
        checkAccessibility("anki import preview");
        confirm();
        browser.waitForText(By.cssSelector(".import-outcome"), "Imported 4 questions: 4 new, 0 updated, 0 unchanged.");
        browser.waitForText(
                By.cssSelector(".import-report"),
                "9 answers of review history written into the importer’s memory (3 cards; 3 due as in Anki).");

        Long bank = jdbc.queryForObject(
                "select b.id from bank b join app_user u on u.id = b.owner_id"
                        + " where u.username = 'learner' and b.title = 'My Anki capitals'",
                Long.class);
        for (Map.Entry<String, Instant> e : ankiDue.entrySet()) {
            Instant due = jdbc.queryForObject(
                    "select c.due from study_card c join app_user u on u.id = c.learner_id"
                            + " join bank_question q on q.id = c.question_id"
                            + " where u.username = 'learner' and q.bank_id = ? and q.bank_key = ?",
                    (rs, n) -> rs.getTimestamp(1).toInstant(),
                    bank,
                    e.getKey());
            assertThat(due).as("due date of " + e.getKey()).isEqualTo(e.getValue());
        }
        String europe = jdbc.queryForObject(
                "select id from bank_topic where bank_id = ? and name_en = 'Europe'", String.class, bank);
        assertThat(jdbc.queryForList(
                        "select distinct topic_id from bank_question where bank_id = ?", String.class, bank))
                .containsExactly(europe);

        browser.go("/study?bank=" + bank);
        browser.waitForText(By.cssSelector(".review-card .card-prompt"), "What is the capital of Hungary?");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".scope-picker vaadin-details-summary"))
                        .getText())
                .contains("1 chosen bank");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".count-review .count-value"))
                        .getText())
                .isEqualTo("1");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".count-learning .count-value"))
                        .getText())
                .isEqualTo("0");
        browser.screenshot("import-anki-study-en");
    }

    private void confirm() {
        WebElement button = browser.waitFor(By.cssSelector(".import-preview vaadin-button[theme~='primary']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void upload(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        upload(file);
    }

    private void upload(Path file) {
        WebElement upload = browser.waitFor(By.cssSelector(".transfer-view vaadin-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
