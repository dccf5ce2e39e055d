package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankAppTest;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionDraft;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.TopicEditorService;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner studies the questions they wrote in a bank of their own, in its language. */
@BankAppTest
class OwnBankStudyTest extends KaribuTest {

    @Autowired
    BankCatalogService catalog;

    @Autowired
    TopicEditorService topics;

    @Autowired
    QuestionEditorService editor;

    @Test
    void aLearnerStudiesTheFlashcardTheyWroteInTheirChineseBank() {
        loginAs(users.create(Role.LEARNER));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        Bank b = catalog.create(BankSettings.privateBank("我的卡片", BankLanguages.ZH));
        Topic t = topics.create(b.id(), null, LocalizedText.zhOnly("对齐"));
        editor.create(
                b.id(),
                new QuestionDraft(
                        "",
                        t.id(),
                        List.of(),
                        List.of(),
                        "",
                        LocalizedText.zhOnly("RLHF 的全称是什么？"),
                        LocalizedText.EMPTY,
                        ContentDraft.flashcard(LocalizedText.zhOnly("基于人类反馈的强化学习")),
                        false,
                        null));

        UI.getCurrent().navigate("study", QueryParameters.of("topic", t.id()));
        StudyView view = _get(StudyView.class);

        assertThat(view.scopePicker.topics.getValue()).extracting(Topic::id).containsExactly(t.id());
        assertThat(view.card).isNotNull();
        assertThat(view.stage.getElement().getTextRecursively()).contains("RLHF 的全称是什么？");
        Button reveal = _get(view.stage, Button.class, spec -> spec.withClasses("reveal"));
        _click(reveal);
        assertThat(view.stage.getElement().getTextRecursively()).contains("基于人类反馈的强化学习");
    }
}
