package org.quiztrainer.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated learner in a Chromium page of their own, doing what a learner does with the mouse and the
 * keyboard: sign in, open the quiz, answer its ten questions one click each, submit, then study cards
 * (reveal and rate a flashcard; answer, check and continue anything else; always rating Good). Every
 * wait also watches for the login page: a learner whose node died signs in again and goes on from what
 * the page shows (an answer the node took before dying is shown as answered and not given again).
 */
final class BenchLearner {

    /** Helpers injected with every script: a wait that fails fast on the login page or an error page. */
    static final String PRELUDE = """
            const qt = {
              sleep: ms => new Promise(r => setTimeout(r, ms)),
              async until(fn, ms) {
                const end = performance.now() + (ms || 90000);
                for (;;) {
                  if (document.querySelector('vaadin-login-form')) throw new Error('LOGIN');
                  if (document.querySelector('.error-view')) throw new Error('ERRORPAGE');
                  const v = fn();
                  if (v) return v;
                  if (performance.now() > end) throw new Error('TIMEOUT ' + fn);
                  await qt.sleep(20);
                }
              },
              card: () => document.querySelector('.review-card'),
              prompt: () => { const p = document.querySelector('.review-card .card-prompt'); return p ? p.textContent : ''; },
            };
            """;

    private final Chromium.Page page;
    private final String base;
    private final String user;
    private final String password;
    private final long quizId;
    private final int cards;
    private final long thinkMs;
    final List<Double> quizMs = new ArrayList<>();
    final List<Double> studyMs = new ArrayList<>();
    int quizAnswered;
    int studied;
    int signIns;
    int errors;
    String node;
    private final AtomicInteger quizProgress;

    BenchLearner(
            Chromium.Page page,
            String base,
            String user,
            String password,
            long quizId,
            int cards,
            long thinkMs,
            AtomicInteger quizProgress) {
        this.page = page;
        this.base = base;
        this.user = user;
        this.password = password;
        this.quizId = quizId;
        this.cards = cards;
        this.thinkMs = thinkMs;
        this.quizProgress = quizProgress;
    }

    /** Signs in and waits on the start page. */
    void signIn() throws Exception {
        page.navigate(base + "/login");
        signInOnThePage(".home-view");
    }

    private void signInOnThePage(String landing) throws Exception {
        signIns++;
        waitForPage("vaadin-login-form input[name='username']");
        eval("document.querySelector(\"vaadin-login-form input[name='username']\").focus();");
        page.type(user);
        eval("document.querySelector(\"vaadin-login-form input[name='password']\").focus();");
        page.type(password);
        page.markOld();
        page.press("Enter", 13);
        waitForPage(landing);
        node = page.cookie("QTNODE");
    }

    /** Takes the quiz: every unanswered question, one click each, then Submit. */
    void quiz() throws Exception {
        for (int tries = 0; ; tries++) {
            try {
                page.navigate(base + "/assignments/" + quizId + "/take");
                waitForPage(".attempt-progress");
                answerTheRest();
                eval(
                        "[...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Submit').click();"
                                + " await qt.until(() => document.querySelector('.attempt-review-view')); true");
                return;
            } catch (Chromium.PageException e) {
                recover(e, tries, ".attempt-progress");
            }
        }
    }

    private void answerTheRest() throws Exception {
        for (; ; ) {
            JsonNode r = eval("""
                    const qs = [...document.querySelectorAll('.attempt-question')];
                    const i = qs.findIndex(q => !q.querySelector('vaadin-radio-button[checked]'));
                    if (i < 0) return -1;
                    const text = () => document.querySelector('.attempt-progress').textContent;
                    const before = text();
                    const radio = qs[i].querySelector('vaadin-radio-button');
                    radio.scrollIntoView({block: 'center'});
                    const t0 = performance.now();
                    (radio.querySelector('input') || radio).click();
                    await qt.until(() => text() !== before);
                    return performance.now() - t0;
                    """);
            double ms = r.asDouble();
            if (ms < 0) {
                return;
            }
            quizMs.add(ms);
            quizAnswered++;
            quizProgress.incrementAndGet();
            think();
        }
    }

    /** Studies until {@code cards} answers are recorded (or the day's queue is empty). */
    void study() throws Exception {
        String inFlight = null;
        for (int tries = 0; studied < cards; ) {
            try {
                page.navigate(base + "/study");
                String first = eval("await qt.until(() => qt.card() || document.querySelector('.session-summary'));"
                                + " return qt.prompt();")
                        .asText();
                if (inFlight != null && !inFlight.equals(first)) {
                    studied++;
                }
                inFlight = null;
                while (studied < cards) {
                    inFlight = eval("return qt.prompt();").asText();
                    if (inFlight.isEmpty()) {
                        return;
                    }
                    studyMs.add(oneCard());
                    inFlight = null;
                    studied++;
                    think();
                }
                return;
            } catch (Chromium.PageException e) {
                recover(e, tries++, null);
            }
        }
    }

    /** Answers the card shown; the time from the click that records it to the next card (or the summary). */
    private double oneCard() throws Exception {
        return eval("""
                        const card = qt.card();
                        const next = async (button) => {
                          card.__old = true;
                          const t0 = performance.now();
                          button.click();
                          await qt.until(() => { const c = qt.card(); return (c && !c.__old) || document.querySelector('.session-summary'); });
                          return performance.now() - t0;
                        };
                        const reveal = card.querySelector('vaadin-button.reveal');
                        if (reveal) {
                          reveal.click();
                          const good = await qt.until(() => card.querySelector('vaadin-button.rating-good'));
                          return await next(good);
                        }
                        const radio = card.querySelector('vaadin-radio-button');
                        const box = card.querySelector('vaadin-checkbox');
                        const typed = card.querySelector('.answer-typed input');
                        if (radio) (radio.querySelector('input') || radio).click();
                        else if (box) (box.querySelector('input') || box).click();
                        else if (typed) { typed.value = '1'; typed.dispatchEvent(new Event('input', {bubbles: true}));
                                          typed.dispatchEvent(new Event('change', {bubbles: true})); }
                        for (const select of card.querySelectorAll('.answer-matching vaadin-select')) {
                          select.opened = true;
                          const item = await qt.until(() => document.querySelector('vaadin-select-overlay[opened] vaadin-select-item'));
                          item.click();
                          await qt.until(() => !document.querySelector('vaadin-select-overlay[opened]'));
                        }
                        await qt.sleep(0);
                        card.querySelector('vaadin-button.check').click();
                        const confirm = await qt.until(() => card.querySelector('vaadin-button.confirm'));
                        const good = card.querySelector('vaadin-button.rating-good');
                        good.click();
                        await qt.until(() => good.hasAttribute('aria-pressed') || good.getAttribute('theme'));
                        return await next(confirm);
                        """).asDouble();
    }

    private void recover(Chromium.PageException e, int tries, String landing) throws Exception {
        if (tries >= 5) {
            throw e;
        }
        boolean login = e.getMessage().contains("LOGIN") || onLoginPage();
        if (login) {
            signInOnThePage(landing == null ? ".home-view" : "vaadin-app-layout");
        } else {
            errors++;
        }
    }

    private boolean onLoginPage() throws Exception {
        for (int i = 0; i < 300; i++) {
            try {
                if (page.eval("!!document.querySelector('vaadin-login-form')").asBoolean()) {
                    return true;
                }
            } catch (Chromium.PageException ignored) {
                // the page is being replaced
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void waitForPage(String selector) throws Exception {
        for (int i = 0; ; i++) {
            try {
                page.eval("new Promise((r, x) => { const end = performance.now() + 90000; const t = () =>"
                        + " !window.__qtOld && document.querySelector(" + quote(selector) + ") ? r(true)"
                        + " : performance.now() > end ? x(new Error(" + quote("TIMEOUT " + selector)
                        + ")) : setTimeout(t, 20); t(); })");
                return;
            } catch (Chromium.PageException e) {
                if (i > 20 || e.getMessage().contains("TIMEOUT")) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private JsonNode eval(String body) throws Exception {
        return page.eval("(async () => { " + PRELUDE + body + " })()");
    }

    private void think() throws InterruptedException {
        if (thinkMs > 0) {
            Thread.sleep(thinkMs);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
