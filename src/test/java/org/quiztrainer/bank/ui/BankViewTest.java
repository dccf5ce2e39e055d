package org.quiztrainer.bank.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankAppTest;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.Topic;

/** The bank browser as learners and admins use it. */
@BankAppTest
class BankViewTest extends KaribuTest {

    private BankView open(Role role) {
        loginAs(users.create(role));
        UI.getCurrent().navigate(BankView.class);
        return _get(BankView.class);
    }

    @Test
    void aLearnerSearchesInChineseAndPreviewsInBothLanguages() {
        BankView view = open(Role.LEARNER);
        assertThat(view.getPageTitle()).isEqualTo("LLM basics (built-in)");
        int all = _size(view.list.grid);

        _setValue(view.list.search, "隐藏状态");

        assertThat(_size(view.list.grid)).isEqualTo(1).isLessThan(all);
        QuestionSummary row = _get(view.list.grid, 0);
        assertThat(row.id()).isEqualTo("basics.tf");
        view.list.grid.select(row);
        assertThat(_get(view.preview, Div.class, spec -> spec.withClasses("preview-zh"))
                        .getElement()
                        .getTextRecursively())
                .contains("RNN 能并行处理一个序列中的所有词。");
        assertThat(_get(view.preview, Div.class, spec -> spec.withClasses("preview-en"))
                        .getElement()
                        .getTextRecursively())
                .contains("An RNN processes all words of a sequence in parallel.");
        assertThat(_find(view.preview, Div.class, spec -> spec.withClasses("preview-answer")))
                .as("a learner sees no answer of a question they have not answered")
                .isEmpty();
        assertThat(view.report).isEmpty();
        assertThat(_find(ListItem.class)).isEmpty();
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
