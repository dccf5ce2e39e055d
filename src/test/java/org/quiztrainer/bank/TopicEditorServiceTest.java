package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quiztrainer.bank.Drafts.zh;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankWorld.Who;
import org.springframework.beans.factory.annotation.Autowired;

/** The topic tree of a bank: nested topics, moves that keep it a tree, names in the bank's languages. */
@AppTest
class TopicEditorServiceTest {

    @Autowired
    BankWorld worlds;

    @Autowired
    TopicEditorService topics;

    @Autowired
    BankService bank;

    @Autowired
    QuestionEditorService editor;

    BankWorld.World w;

    @BeforeEach
    void aBank() {
        w = worlds.create();
        w.login(Who.CO_EDITOR);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void nestedTopicsFilterTheirQuestionsAndSiblingsKeepTheirOrder() {
        Topic week = topics.create(w.bankId(), w.topicId(), zh(" 第一周 "));
        Topic later = topics.create(w.bankId(), w.topicId(), zh("第二周"));
        editor.move(w.questionId(), week.id());

        assertThat(week.name().zh()).isEqualTo("第一周");
        assertThat(later.order()).isGreaterThan(week.order());
        assertThat(bank.find(QuestionFilter.bank(w.bankId()).inTopic(w.topicId()), 0, 10))
                .extracting(QuestionSummary::id)
                .containsExactly(w.questionId());
        assertThat(bank.topicBanks(List.of(week.id()))).containsEntry(week.id(), w.bankId());
    }

    @Test
    void aTopicCannotMoveUnderItselfOrItsDescendantsOrIntoAnotherBank() {
        Topic child = topics.create(w.bankId(), w.topicId(), zh("子主题"));
        BankWorld.Snapshot before = w.snapshot();

        refused(() -> topics.update(w.topicId(), w.topicId(), zh("主题")), "parent", "bank.topic.error.parent");
        refused(() -> topics.update(w.topicId(), child.id(), zh("主题")), "parent", "bank.topic.error.parent");
        refused(() -> topics.create(w.bankId(), "b1.t999999", zh("新")), "parent", "bank.topic.error.parent");

        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void aNameInTheBanksLanguageIsRequiredAndBounded() {
        BankWorld.Snapshot before = w.snapshot();

        refused(() -> topics.create(w.bankId(), null, LocalizedText.EMPTY), "name.zh", "bank.topic.error.name");
        refused(
                () -> topics.create(w.bankId(), null, new LocalizedText("   ", "Week one")),
                "name.zh",
                "bank.topic.error.name");
        refused(
                () -> topics.update(w.topicId(), null, zh("长".repeat(DraftLimits.TOPIC_NAME_MAX + 1))),
                "name.zh",
                "bank.topic.error.long");

        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void onlyAnEmptyTopicIsDeletedAndItLeavesTheTree() {
        editor.move(w.questionId(), w.topicId());
        BankWorld.Snapshot before = w.snapshot();

        refused(() -> topics.delete(w.topicId()), "topic", "bank.topic.error.not-empty");
        assertThat(w.snapshot()).isEqualTo(before);

        topics.delete(w.emptyTopicId());
        assertThat(bank.topics(Set.of(w.bankId()))).extracting(Topic::id).containsExactly(w.topicId());
        assertThatThrownBy(() -> topics.delete(w.emptyTopicId()))
                .as("a deleted topic is gone")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static void refused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run)
                .as(field)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }
}
