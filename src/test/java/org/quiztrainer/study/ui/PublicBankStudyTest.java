package org.quiztrainer.study.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiztrainer.KaribuTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankAppTest;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.ContentDraft;
import org.quiztrainer.bank.LocalizedText;
import org.quiztrainer.bank.QuestionDraft;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.Visibility;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner studies a public bank of someone else: it is not in their own banks (the scope without banks), the
 * scope's bank choice offers it, and {@code study?bank=<id>} (the bank page's "Study this bank") opens study on it.
 */
@BankAppTest
class PublicBankStudyTest extends KaribuTest {

    private static final String PROMPT = "What does PPO clip?";

    @Autowired
    BankCatalogService catalog;

    @Autowired
    QuestionEditorService editor;

    @Test
    void aPublicBankIsChosenInTheScopeAndOpenedByItsAddress() {
        TestUsers.login(users.create(Role.INSTRUCTOR));
        Bank open = catalog.create(
                new BankSettings("RLHF for everyone", "", BankLanguages.EN, Visibility.PUBLIC, Set.of(), Set.of()));
        editor.create(
                open.id(),
                new QuestionDraft(
                        "",
                        "",
                        List.of(),
                        List.of(),
                        "",
                        LocalizedText.enOnly(PROMPT),
                        LocalizedText.EMPTY,
                        ContentDraft.flashcard(LocalizedText.enOnly("The policy's probability ratio")),
                        false,
                        null));
        TestUsers.logout();
        loginAs(users.create(Role.LEARNER));

        UI.getCurrent().navigate("study");
        StudyView view = _get(StudyView.class);
        assertThat(view.scopePicker.banks.getValue()).isEmpty();
        assertThat(view.stage.getElement().getTextRecursively()).doesNotContain(PROMPT);
        assertThat(view.scopePicker.banks.getListDataView().getItems().map(BankSummary::id))
                .contains(open.id(), Bank.BUILT_IN);

        UI.getCurrent().navigate("study", QueryParameters.of("bank", "" + open.id()));
        MockVaadin.clientRoundtrip();
        view = _get(StudyView.class);
        assertThat(view.scopePicker.banks.getValue())
                .extracting(BankSummary::id)
                .containsExactly(open.id());
        assertThat(view.scopePicker.getSummaryText()).contains("1 chosen bank");
        assertThat(view.card).isNotNull();
        assertThat(view.stage.getElement().getTextRecursively()).contains(PROMPT);
    }
}
