package org.quiztrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.classroom.Classroom;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may fetch a download: the bank's GIFT and Anki exports, a class's gradebook CSV and its progress CSV are
 * links made for the instructor's page. The instructor's browser fetches each; the same address, while that
 * page still offers it, gives nothing to a visitor who is not logged in, nor to a learner of the class logged
 * in in another browser. The instructor's pages are checked with axe.
 */
class DownloadAccessJourneyIT extends BrowserJourney {

    @Autowired
    Classroom classroom;

    Browser learner;

    @AfterEach
    void close() {
        TestUsers.logout();
        if (learner != null) {
            learner.close();
        }
    }

    @Test
    void downloadsAreTheInstructorsAloneNotAVisitorsNorALearnersWithTheSameAddress() throws Exception {
        Classroom.Setup setup = classroom.create(1);
        TestUsers.logout();
        UserSummary member = setup.learner();
        long classId = setup.cls().id();

        Browser instructor = browser;
        preferences(setup.teacher().username(), Language.EN, false);
        preferences(member.username(), Language.EN, false);
        learner = Browser.open("http://localhost:" + port);
        logInAs(learner, member.username());
        logIn(setup.teacher().username(), TestUsers.PASSWORD);
        HttpClient visitor = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
        List<String[]> downloads = List.of(
                new String[] {"/bank", ".export-gift", "GIFT export", Classroom.TF},
                new String[] {"/bank", ".export-txt", "Anki export", Classroom.TF},
                new String[] {"/classes/" + classId + "/gradebook", ".csv-link", "gradebook CSV", member.username()},
                new String[] {"/progress/classes/" + classId, ".class-progress-csv", "progress CSV", member.username()
                });
        for (String[] d : downloads) {
            String name = d[2];
            String content = d[3];
            instructor.go(d[0]);
            String link = href(instructor, d[1]);
            checkAccessibility(name + " page");
            String body = fetch(instructor, link);
            assertThat(body).as("the instructor downloads the " + name).startsWith("200\n");
            assertThat(body).as(name + " content").contains(content);

            HttpResponse<String> anonymous = visitor.send(
                    HttpRequest.newBuilder(URI.create(absolute(link))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.body())
                    .as("a visitor fetching the " + name)
                    .doesNotContain(Classroom.TF)
                    .doesNotContain(member.username());
            assertThat(fetch(learner, link))
                    .as("a learner fetching the " + name + " while the instructor's page offers it")
                    .doesNotStartWith("200\n")
                    .doesNotContain(Classroom.TF)
                    .doesNotContain(member.username());
        }
    }

    private String absolute(String href) {
        return href.startsWith("http") ? href : "http://localhost:" + port + "/" + href.replaceFirst("^/", "");
    }

    /** The status and body of a GET from this browser's page, with its session. */
    private String fetch(Browser browser, String href) {
        return String.valueOf(browser.js(
                "return fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(async r => r.status + '\\n' + await r.text())",
                absolute(href)));
    }

    private static String href(Browser browser, String css) {
        browser.waitFor(By.cssSelector(css));
        browser.settle();
        return browser.driver.findElement(By.cssSelector(css)).getAttribute("href");
    }

    private static void logInAs(Browser browser, String username) {
        browser.go("/login");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys(username);
        browser.driver
                .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        browser.waitFor(By.cssSelector(".home-view"));
    }
}
