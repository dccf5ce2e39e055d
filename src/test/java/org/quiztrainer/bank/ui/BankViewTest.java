package org.quiztrainer.bank.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankAppTest;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** The bank browser as learners and admins use it. */
@BankAppTest
class BankViewTest extends KaribuTest {

    @Autowired
    StudyService study;

    private BankView open(Role role) {
        loginAs(users.create(role));
        UI.getCurrent().navigate(BankView.class);
        return _get(BankView.class);
    }

    @Test
    void aLearnerSearchesInChineseAndSeesTheQuestionButItsKeyOnlyOnceTheyAnsweredIt() {
        BankView view = open(Role.LEARNER);
        assertThat(view.getPageTitle()).isEqualTo("LLM basics (built-in)");
        int all = _size(view.list.grid);

        _setValue(view.list.search, "隐藏状态");

        assertThat(_size(view.list.grid)).isEqualTo(1).isLessThan(all);
        QuestionSummary row = _get(view.list.grid, 0);
        assertThat(row.id()).isEqualTo("basics.tf");
        view.list.grid.select(row);
        assertThat(side(view, "preview-zh")).contains("RNN 能并行处理一个序列中的所有词。");
        assertThat(side(view, "preview-en")).contains("An RNN processes all words of a sequence in parallel.");
        assertThat(_find(view.preview, Div.class, spec -> spec.withClasses("preview-answer")))
                .as("no answer for a question the learner has not answered")
                .isEmpty();
        assertThat(_find(view.preview, Div.class, spec -> spec.withClasses("preview-explanation")))
                .isEmpty();
        assertThat(view.preview.getElement().getTextRecursively())
                .doesNotContain("错误")
                .doesNotContain("False")
                .contains("The answer and the explanation show once you have answered this question");
        assertThat(view.report).isEmpty();
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("export-gift")))
                .as("no exports")
                .isEmpty();

        StudyItem item = study.item("basics.tf").orElseThrow();
        study.answer(new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                Rating.GOOD,
                Optional.of(new Response.TrueFalse(false)),
                Duration.ofSeconds(4),
                ReviewSource.STUDY));
        view.list.grid.deselectAll();
        view.list.grid.select(row);

        assertThat(side(view, "preview-zh")).contains("错误").contains("RNN 逐个处理词");
        assertThat(side(view, "preview-en")).contains("False");
    }

    @Test
    void instructorsAndAdminsSeeEveryKeyAndDownloadTheExports() {
        for (Role role : new Role[] {Role.INSTRUCTOR, Role.ADMIN}) {
            BankView view = open(role);
            _setValue(view.list.search, "隐藏状态");
            view.list.grid.select(_get(view.list.grid, 0));
            assertThat(side(view, "preview-en")).as(role.name()).contains("False");

            Anchor gift = _get(Anchor.class, spec -> spec.withClasses("export-gift"));
            String exported = new String(_download(gift), StandardCharsets.UTF_8);
            assertThat(exported).as(role.name()).contains("::basics.tf::").contains("{F");
            reload();
        }
    }

    private static String side(BankView view, String className) {
        return _get(view.preview, Div.class, spec -> spec.withClasses(className))
                .getElement()
                .getTextRecursively();
    }

    @Test
    void filtersByTopicSubtreeTypeAndTag() {
        BankView view = open(Role.LEARNER);
        view.topics.tree.select(topic(view, "rnn"));
        assertThat(ids(view)).containsExactly("basics.short", "basics.tf");

        view.topics.tree.select(topic(view, "models"));
        _setValue(view.list.type, QuestionType.NUMERIC);
        assertThat(ids(view)).isNotEmpty().allMatch(id -> id.startsWith("fact.params."));

        view.topics.tree.deselectAll();
        _setValue(view.list.type, null);
        _setValue(view.list.tag, "terms");
        assertThat(ids(view)).containsExactly("basics.flash");
        assertThat(view.list.count.getText()).isEqualTo("1 questions");
    }

    @Test
    void anAdminSeesTheLastLoadReportAndReloads() {
        BankView view = open(Role.ADMIN);

        LoadReportPanel report = view.report.orElseThrow();
        assertThat(report.getElement().getTextRecursively()).contains("Loaded");
        _click(report.reload);

        assertThat(report.getElement().getTextRecursively()).contains("0 new, 0 changed, 0 retired");
    }

    private static Topic topic(BankView view, String id) {
        var tree = view.topics.tree.getTreeData();
        java.util.List<Topic> all = new java.util.ArrayList<>(tree.getRootItems());
        for (int i = 0; i < all.size(); i++) {
            all.addAll(tree.getChildren(all.get(i)));
        }
        return all.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static java.util.List<String> ids(BankView view) {
        return java.util.stream.IntStream.range(0, _size(view.list.grid))
                .mapToObj(i -> _get(view.list.grid, i).id())
                .toList();
    }
}
