package org.quiztrainer.bank.ui.editor;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.BankAppTest;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.StoredQuestion;
import org.quiztrainer.bank.Visibility;
import org.springframework.beans.factory.annotation.Autowired;

/** The question editor as an author uses it: one question of each type, messages on fields, the preview. */
@BankAppTest
class QuestionEditorViewTest extends KaribuTest {

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankService bank;

    @Autowired
    QuestionEditorService editor;

    private long newBank(BankLanguages languages, Locale locale) {
        loginAs(users.create(Role.INSTRUCTOR));
        UI.getCurrent().setLocale(locale);
        return catalog.create(new BankSettings(
                        "RLHF week " + System.nanoTime(), "", languages, Visibility.PRIVATE, Set.of(), Set.of()))
                .id();
    }

    private QuestionEditorView openNew(long bankId, QuestionType type) {
        UI.getCurrent().navigate("bank/" + bankId + "/question", QueryParameters.of("new", type.code()));
        return _get(QuestionEditorView.class);
    }

    private static List<TextField> lines(Component in, String lang) {
        return _find(in, TextField.class, spec -> spec.withClasses("text-" + lang));
    }

    private static Component content(QuestionEditorView view) {
        return view.session.form.content.component();
    }

    private static void fillEnglish(QuestionEditorView view, QuestionType type) {
        _setValue(view.session.form.text.input("en"), textOf(type));
        Component c = content(view);
        switch (type) {
            case FLASHCARD ->
                _setValue(_get(c, TextArea.class, spec -> spec.withClasses("text-en")), "Reward model, then PPO");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<TextField> choices = lines(c, "en");
                List<Checkbox> correct = _find(c, Checkbox.class, spec -> spec.withClasses("choice-correct"));
                assertThat(choices).hasSize(ChoicesEditor.NEW_ROWS);
                for (int i = 0; i < choices.size(); i++) {
                    _setValue(choices.get(i), "Option " + (char) ('A' + i));
                }
                _setValue(correct.get(0), true);
                if (type == QuestionType.MULTIPLE_CHOICE) {
                    _setValue(correct.get(2), true);
                }
            }
            case TRUE_FALSE -> _setValue(_get(c, RadioButtonGroup.class, spec -> spec.withClasses("truth")), true);
            case SHORT_ANSWER ->
                _setValue(
                        _get(c, TextArea.class, spec -> spec.withClasses("accept-en")),
                        "PPO\nproximal policy optimization");
            case NUMERIC -> _setValue(_get(c, TextField.class, spec -> spec.withClasses("number")), "0.2");
            case ORDERING -> {
                List<TextField> items = lines(c, "en");
                _setValue(items.get(0), "Pretrain");
                _setValue(items.get(1), "Supervised fine-tuning");
                _setValue(items.get(2), "RLHF");
            }
            case MATCHING -> {
                List<TextField> sides = lines(c, "en");
                String[] words = {"PPO", "policy gradient", "DPO", "preference loss", "RM", "reward model"};
                for (int i = 0; i < words.length; i++) {
                    _setValue(sides.get(i), words[i]);
                }
            }
            case CLOZE -> {}
        }
    }

    private static String textOf(QuestionType type) {
        return type == QuestionType.CLOZE
                ? "RLHF trains a {{c1::reward model}} and then optimises the policy with {{c2::PPO}}."
                : "RLHF question of type " + type.code();
    }

    private List<StoredQuestion> questionsOf(long bankId) {
        return bank.find(QuestionFilter.bank(bankId), 0, 100).stream()
                .map(s -> bank.question(s.id()).orElseThrow())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void anAuthorWritesAQuestionOfEachTypeSeesItPreviewedAndSavesIt(QuestionType type) {
        long bankId = newBank(BankLanguages.EN, Locale.ENGLISH);
        QuestionEditorView view = openNew(bankId, type);
        assertThat(view.session.form.text.input("zh").isVisible())
                .as("an English bank asks for no Chinese")
                .isFalse();

        fillEnglish(view, type);
        view.session.check();

        assertThat(view.session.preview.getElement().getTextRecursively())
                .as("the preview shows the question as a learner sees it")
                .contains(type == QuestionType.CLOZE ? "RLHF trains a" : textOf(type));
        int cards = type == QuestionType.CLOZE ? 2 : 1;
        assertThat(view.session.preview.shown()).hasSize(cards);

        _click(view.bar.save);

        List<StoredQuestion> saved = questionsOf(bankId);
        assertThat(saved).hasSize(cards);
        assertThat(saved).allSatisfy(q -> assertThat(q.question().type()).isEqualTo(type));
        if (type == QuestionType.CLOZE) {
            assertThat(saved.stream()
                            .map(q -> ((QuestionContent.Cloze) q.question().content()).number()))
                    .containsExactlyInAnyOrder(1, 2);
        }
        assertThat(view.status.getText()).isEqualTo("Revision 1");
    }

    @Test
    void aSingleChoiceWithTwoCorrectAnswersIsRefusedOnTheChoicesAndNothingIsSaved() {
        long bankId = newBank(BankLanguages.EN, Locale.ENGLISH);
        QuestionEditorView view = openNew(bankId, QuestionType.SINGLE_CHOICE);
        fillEnglish(view, QuestionType.SINGLE_CHOICE);
        _setValue(
                _find(content(view), Checkbox.class, spec -> spec.withClasses("choice-correct"))
                        .get(1),
                true);

        _click(view.bar.save);

        assertThat(questionsOf(bankId)).isEmpty();
        assertThat(content(view).getElement().getTextRecursively()
                        + content(view).getElement().getOuterHTML())
                .contains("Choices: exactly one choice may be correct, not 2.");
    }

    @Test
    void aNumberThatIsNotANumberIsRefusedOnTheAnswerField() {
        long bankId = newBank(BankLanguages.EN, Locale.ENGLISH);
        QuestionEditorView numeric = openNew(bankId, QuestionType.NUMERIC);
        fillEnglish(numeric, QuestionType.NUMERIC);
        TextField number = _get(content(numeric), TextField.class, spec -> spec.withClasses("number"));
        _setValue(number, "zero point two");
        _click(numeric.bar.save);
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("Answer: “zero point two” is not a number.");
        assertThat(questionsOf(bankId)).isEmpty();
    }

    @Test
    void aClozeWithoutDeletionIsRefusedOnItsText() {
        long bankId = newBank(BankLanguages.EN, Locale.ENGLISH);
        QuestionEditorView cloze = openNew(bankId, QuestionType.CLOZE);
        _setValue(cloze.session.form.text.input("en"), "A text without any deletion.");
        _click(cloze.bar.save);
        assertThat(cloze.session.form.text.input("en").isInvalid()).isTrue();
        assertThat(cloze.session.form.text.input("en").getErrorMessage()).startsWith("Question: no deletion");
        assertThat(questionsOf(bankId)).isEmpty();
    }

    @Test
    void inChineseTheLabelsAndMessagesAreChineseAndABankInChineseAsksOnlyForChinese() {
        long bankId = newBank(BankLanguages.ZH, Locale.SIMPLIFIED_CHINESE);
        QuestionEditorView view = openNew(bankId, QuestionType.SHORT_ANSWER);
        assertThat(view.session.form.text.input("en").isVisible()).isFalse();
        assertThat(view.session.form.text.input("zh").getLabel()).isEqualTo("题干");
        assertThat(view.bar.save.getText()).isEqualTo("保存");

        _click(view.bar.save);

        assertThat(view.session.form.text.input("zh").getErrorMessage()).isEqualTo("题干：必填。");
        assertThat(questionsOf(bankId)).isEmpty();

        _setValue(view.session.form.text.input("zh"), "RLHF 中常用的强化学习算法是什么？");
        _setValue(_get(content(view), TextArea.class, spec -> spec.withClasses("accept-zh")), "PPO\n近端策略优化");
        _click(view.bar.save);
        assertThat(questionsOf(bankId))
                .singleElement()
                .satisfies(q -> assertThat(q.question().text().zh()).isEqualTo("RLHF 中常用的强化学习算法是什么？"));
    }

    @Test
    void editingASavedQuestionMakesANewRevision() {
        long bankId = newBank(BankLanguages.EN, Locale.ENGLISH);
        QuestionEditorView view = openNew(bankId, QuestionType.TRUE_FALSE);
        fillEnglish(view, QuestionType.TRUE_FALSE);
        _click(view.bar.save);
        String id = questionsOf(bankId).get(0).question().id();

        UI.getCurrent().navigate("bank/" + bankId + "/question/" + id);
        QuestionEditorView again = _get(QuestionEditorView.class);
        assertThat(again.status.getText()).isEqualTo("Revision 1");
        _setValue(again.session.form.text.input("en"), "PPO clips the policy ratio.");
        _click(again.bar.save);

        assertThat(bank.question(id).orElseThrow().revision()).isEqualTo(2);
        assertThat(bank.question(id).orElseThrow().question().text().en()).isEqualTo("PPO clips the policy ratio.");
    }
}
