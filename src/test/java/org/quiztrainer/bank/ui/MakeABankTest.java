package org.quiztrainer.bank.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankAppTest;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.BankTagService;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionDraft;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.TopicEditorService;
import org.quiztrainer.bank.Visibility;
import org.springframework.beans.factory.annotation.Autowired;

/** Making a bank: the list of banks, its settings, its topics and tags, browsing it, and studying it. */
@BankAppTest
class MakeABankTest extends KaribuTest {

    @Autowired
    BankCatalogService catalog;

    @Autowired
    TopicEditorService topicEditor;

    @Autowired
    QuestionEditorService editor;

    @Autowired
    BankTagService tagService;

    @Test
    void inChineseALearnerMakesAChineseBankFromTheListOfBanks() {
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(BanksView.class);
        BanksView banks = _get(BanksView.class);
        assertThat(banks.create.getText()).isEqualTo("新建题库");
        assertThat(banks.groups).doesNotContainKey(BanksView.Relation.OWN);

        int before = catalog.banks().size();
        _click(banks.create);
        BankSettingsView settings = _get(BankSettingsView.class);
        assertThat(settings.form.title.getLabel()).isEqualTo("标题");
        _click(settings.save);
        assertThat(settings.form.title.isInvalid()).isTrue();
        assertThat(settings.form.title.getErrorMessage()).isEqualTo("标题：请输入标题。");
        assertThat(catalog.banks()).hasSize(before);

        _setValue(settings.form.title, "我的强化学习");
        _setValue(settings.form.languages, BankLanguages.ZH);
        _setValue(settings.form.visibility, Visibility.PRIVATE);
        _click(settings.save);

        BankView view = _get(BankView.class);
        assertThat(view.summary.bank().title()).isEqualTo("我的强化学习");
        assertThat(view.summary.bank().languages()).isEqualTo(BankLanguages.ZH);
        UI.getCurrent().navigate(BanksView.class);
        assertThat(_get(BanksView.class).groups.get(BanksView.Relation.OWN))
                .singleElement()
                .satisfies(s -> assertThat(s.bank().title()).isEqualTo("我的强化学习"));
    }

    @Test
    void anAuthorAddsATopicBrowsesByTopicAndSearchAndRenamesATag() {
        loginAs(users.create(Role.INSTRUCTOR));
        Bank b = catalog.create(BankSettings.privateBank("RLHF", BankLanguages.EN));
        UI.getCurrent().navigate("bank/" + b.id() + "/topics");
        BankTopicsView topics = _get(BankTopicsView.class);
        _click(topics.add);
        TopicDialog dialog = _get(TopicDialog.class);
        assertThat(dialog.zh.isVisible()).isFalse();
        _setValue(dialog.en, "Reward models");
        _click(dialog.save);
        assertThat(_size(topics.tree)).isEqualTo(1);
        Topic rewards = topics.tree.getTreeData().getRootItems().get(0);
        assertThat(rewards.name().en()).isEqualTo("Reward models");

        editor.create(b.id(), flashcard("What does a reward model predict?", rewards.id(), "rm"));
        editor.create(b.id(), flashcard("What does PPO clip?", "", "ppo"));

        UI.getCurrent().navigate("bank/" + b.id());
        BankView view = _get(BankView.class);
        assertThat(_size(view.list.grid)).isEqualTo(2);
        view.topics.select.setValue(rewards);
        assertThat(_size(view.list.grid)).isEqualTo(1);
        assertThat(view.topics.tree.getSelectedItems())
                .as("the tree and the phone's drop-down stay in step")
                .containsExactly(rewards);
        view.topics.select.clear();
        _setValue(view.list.search, "clip");
        assertThat(_size(view.list.grid)).isEqualTo(1);
        assertThat(_get(view.list.grid, 0).text().en()).isEqualTo("What does PPO clip?");

        UI.getCurrent().navigate("bank/" + b.id() + "/topics");
        topics = _get(BankTopicsView.class);
        assertThat(_size(topics.tags.grid)).isEqualTo(2);
        TextField field = new TextField();
        assertThat(topics.tags.apply("rm", "alignment", field)).isTrue();
        assertThat(tagService.tags(b.id()))
                .extracting(BankTagService.TagCount::tag)
                .containsExactly("alignment", "ppo");
        assertThat(topics.tags.apply("alignment", "a,b", field)).isFalse();
        assertThat(field.isInvalid()).isTrue();
    }

    @Test
    void settingsOfABankNobodyElseMayChangeAreRefused() {
        loginAs(users.create(Role.LEARNER));
        Bank other = catalog.create(
                new BankSettings("Private deck", "", BankLanguages.EN, Visibility.PRIVATE, Set.of(), Set.of()));
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().navigate("bank/" + other.id() + "/settings");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(BankSettingsView.class))
                .isEmpty();
    }

    private static QuestionDraft flashcard(String text, String topicId, String tag) {
        return new QuestionDraft(
                "",
                topicId,
                List.of(),
                List.of(tag),
                "",
                LocalizedText.enOnly(text),
                LocalizedText.EMPTY,
                ContentDraft.flashcard(LocalizedText.enOnly("the answer")),
                false,
                null);
    }
}
