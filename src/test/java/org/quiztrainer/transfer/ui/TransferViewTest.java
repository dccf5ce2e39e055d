package org.quiztrainer.transfer.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankContents;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.springframework.beans.factory.annotation.Autowired;

/** The import page as an author uses it: upload, preview with its problems, fix, confirm, the report. */
class TransferViewTest extends KaribuTest {

    private static final String GIFT = """
            $CATEGORY: $course$/top/Basics

            ::capital:: What is the capital of France? {=Paris ~London ~Berlin}

            ::earth:: The Earth is round. {T}

            ::pi:: Pi to two decimals? {#3.14:0.01}
            """;

    private static final String BROKEN = GIFT + "\n::open:: This one never closes {=yes ~no\n";

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankContents contents;

    private TransferView open(UserSummary user, Locale locale, Long bankId) {
        loginAs(user);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        if (bankId == null) {
            UI.getCurrent().navigate(TransferView.class);
        } else {
            UI.getCurrent().navigate("import", QueryParameters.simple(Map.of("bank", bankId.toString())));
        }
        return _get(TransferView.class);
    }

    private Bank bankOf(UserSummary owner, String title) {
        TestUsers.login(owner);
        return catalog.create(BankSettings.privateBank(title, BankLanguages.EN));
    }

    @Test
    void anAuthorSeesTheProblemWithItsLineFixesTheFileConfirmsAndReimportsAsUpdated() {
        UserSummary author = users.create(Role.LEARNER);
        Bank bank = bankOf(author, "Geography");
        TransferView view = open(author, Locale.ENGLISH, bank.id());
        assertThat(view.bank.getValue().id()).isEqualTo(bank.id());

        upload(view, "quiz.gift", BROKEN);

        PreviewPanel preview = _get(view.preview, PreviewPanel.class);
        assertThat(preview.confirm.isEnabled()).isFalse();
        List<String> problems = lines(view, "import-problems");
        assertThat(problems)
                .isNotEmpty()
                .first()
                .asString()
                .isEqualTo(
                        "line 9 The answers are opened with a brace but not closed; a blank line inside a question also ends it.");
        assertThat(contents.questions(bank.id())).isEmpty();

        upload(view, "quiz.gift", GIFT);
        preview = _get(view.preview, PreviewPanel.class);
        assertThat(preview.totals.getText()).isEqualTo("3 questions: 3 new, 0 updated, 0 unchanged.");
        assertThat(_find(view.preview, ListItem.class, s -> s.withClasses("import-problems")))
                .isEmpty();
        _click(preview.confirm);
        settle(view);

        assertThat(view.outcome.getElement().getTextRecursively())
                .contains("Imported 3 questions: 3 new, 0 updated, 0 unchanged.");
        assertThat(_get(view.outcome, Anchor.class).getHref()).isEqualTo("study?bank=" + bank.id());
        assertThat(contents.questions(bank.id())).hasSize(3);
        assertThat(_find(view.reports, ReportPanel.class))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.getSummaryText()).contains("quiz.gift").contains(author.username()));

        upload(view, "quiz-2.gift", GIFT.replace("Pi to two decimals?", "Pi to two decimal places?"));
        preview = _get(view.preview, PreviewPanel.class);
        assertThat(preview.totals.getText()).isEqualTo("3 questions: 0 new, 1 updated, 2 unchanged.");
        _click(preview.confirm);
        settle(view);
        assertThat(contents.questions(bank.id())).hasSize(3);
        assertThat(_find(view.reports, ReportPanel.class)).hasSize(2);
    }

    @Test
    void inChineseThePreviewTheProblemsAndTheReportAreChinese() {
        UserSummary author = users.create(Role.LEARNER);
        TransferView view = open(author, Locale.SIMPLIFIED_CHINESE, null);
        _setValue(view.title, "地理");

        upload(view, "quiz.gift", BROKEN);
        assertThat(_get(view.preview, PreviewPanel.class).getElement().getTextRecursively())
                .contains("预览：尚未写入任何内容");
        assertThat(lines(view, "import-problems")).first().asString().startsWith("第 9 行");

        upload(view, "quiz.gift", GIFT);
        PreviewPanel preview = _get(view.preview, PreviewPanel.class);
        assertThat(preview.totals.getText()).isEqualTo("共 3 题：新建 3，更新 0，未变 0。");
        assertThat(preview.confirm.getText()).isEqualTo("导入 3 题");
        _click(preview.confirm);
        settle(view);

        assertThat(view.outcome.getElement().getTextRecursively()).contains("已导入 3 题：新建 3，更新 0，未变 0。");
        assertThat(view.bank.getValue().title()).isEqualTo("地理");
        assertThat(contents.questions(view.bank.getValue().id())).hasSize(3);
    }

    @Test
    void aLearnerCannotImportIntoAnotherLearnersBank() {
        UserSummary owner = users.create(Role.LEARNER);
        Bank theirs = bankOf(owner, "Not yours");
        UserSummary other = users.create(Role.LEARNER);

        TransferView view = open(other, Locale.ENGLISH, theirs.id());

        assertThat(view.bank.getListDataView().getItems()).noneMatch(c -> c.id() != null && c.id() == theirs.id());
        assertThat(view.bank.getValue().id()).isNull();
        upload(view, "quiz.gift", GIFT);
        assertThat(_get(view.preview, PreviewPanel.class).getElement().getTextRecursively())
                .doesNotContain("Not yours");
        TestUsers.login(owner);
        assertThat(contents.questions(theirs.id())).isEmpty();
    }

    private static void upload(TransferView view, String name, String content) {
        _upload(view.upload, name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
        settle(view);
    }

    /** Runs the page's background work to its end and the UI updates it queued. */
    private static void settle(TransferView view) {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            MockVaadin.clientRoundtrip();
            if (!view.progress.isVisible() && (view.running == null || view.running.isDone())) {
                MockVaadin.clientRoundtrip();
                return;
            }
            assertThat(System.currentTimeMillis()).as("the import finishes").isLessThan(until);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> lines(TransferView view, String className) {
        return _find(view.preview, com.vaadin.flow.component.details.Details.class, s -> s.withClasses(className))
                .stream()
                .flatMap(d -> _find(d, ListItem.class).stream())
                .map(li -> li.getChildren()
                        .filter(Span.class::isInstance)
                        .map(c -> ((Span) c).getText())
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""))
                .toList();
    }
}
