package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.BankChanged;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.parse.BankFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * An admin's reload reaches study at once, without a restart: a question added in a new topic is served
 * by the next {@code next()}, and a reload that only moves a topic changes the study order. Runs on a
 * copy of the good fixture bank that the test edits.
 */
@AppTest
@RecordApplicationEvents
@TestPropertySource(
        properties = "spring.datasource.url=${TEST_BANK_DB_URL:jdbc:h2:mem:study-after-reload;DB_CLOSE_DELAY=-1}")
class StudyAfterReloadTest {

    static final Path BANK = copyOfTheGoodBank();
    static final StudyScope LATE = new StudyScope(Set.of("late"), Set.of());
    static final StudyScope RNN = new StudyScope(Set.of("rnn"), Set.of());
    static final StudyScope RNN_AND_MODELS = new StudyScope(Set.of("rnn", "models"), Set.of());

    @DynamicPropertySource
    static void bankFolder(DynamicPropertyRegistry registry) {
        registry.add("app.bank.path", BANK::toString);
    }

    @Autowired
    StudyService study;

    @Autowired
    BankService bank;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEvents events;

    UserSummary learner;

    @BeforeEach
    void freshBankAndLearner() throws IOException {
        try (var files = Files.walk(BANK)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        BankFixtures.goodWith(null, BANK);
        reload();
        learner = users.create(Role.LEARNER);
        TestUsers.login(learner);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aQuestionAddedInANewTopicIsStudiedRightAfterTheReload() throws IOException {
        assertThat(study.next(LATE)).as("no such topic yet").isEmpty();
        assertThat(study.counts(LATE).newCards()).isZero();

        append("topics.txt", "\n@topic late\norder: 90\nname.zh: 新增\nname.en: Added late\n");
        Files.writeString(BANK.resolve("concepts/late.txt"), """
                @question late.flash
                type: flashcard
                topic: late
                source: test
                text.zh: 新增的问题?
                text.en: A question added by a reload?
                back.zh: 是的。
                back.en: Yes.
                explain.zh: 重新加载后立即可学。
                explain.en: It can be studied right after the reload.
                """, StandardCharsets.UTF_8);
        reload();

        assertThat(study.next(LATE)).map(StudyItem::questionId).contains("late.flash");
        assertThat(study.counts(LATE).newCards()).isEqualTo(1);
        assertThat(events.stream(BankChanged.class))
                .anySatisfy(e -> assertThat(e.added()).containsExactly("late.flash"));
    }

    @Test
    void aQuestionAddedToAnExistingTopicIsServedByTheNextNextAfterTheReload() throws IOException {
        assertThat(study.next(RNN)).map(StudyItem::questionId).contains("basics.short");
        assertThat(study.counts(RNN).newCards()).isEqualTo(2);
        events.clear();

        Files.writeString(BANK.resolve("concepts/added.txt"), """
                @question added.rnn
                type: flashcard
                topic: rnn
                source: test
                text.zh: 重新加载时新增的问题?
                text.en: A question a reload added to a topic?
                back.zh: 是的。
                back.en: Yes.
                explain.zh: 它排在该主题的最前面。
                explain.en: It comes first in its topic.
                """, StandardCharsets.UTF_8);
        reload();

        assertThat(study.next(RNN))
                .as("the added question comes first in the topic's study order")
                .map(StudyItem::questionId)
                .contains("added.rnn");
        assertThat(study.counts(RNN).newCards()).isEqualTo(3);
        assertThat(events.stream(BankChanged.class))
                .as("published once, after the commit, for an addition alone")
                .singleElement()
                .satisfies(e -> assertThat(e.added()).containsExactly("added.rnn"));
    }

    @Test
    void aReloadThatOnlyMovesATopicChangesTheStudyOrder() throws IOException {
        assertThat(study.next(RNN_AND_MODELS)
                        .orElseThrow()
                        .question()
                        .question()
                        .topicId())
                .isEqualTo("rnn");
        events.clear();

        String topics = Files.readString(BANK.resolve("topics.txt"), StandardCharsets.UTF_8);
        Files.writeString(
                BANK.resolve("topics.txt"),
                topics.replace(
                        "parent: basics          # a trailing comment on a single-word field\norder: 20",
                        "parent: basics\norder: 40"),
                StandardCharsets.UTF_8);
        reload();

        assertThat(study.next(RNN_AND_MODELS)
                        .orElseThrow()
                        .question()
                        .question()
                        .topicId())
                .as("models (order 30) now comes before rnn (order 40)")
                .isNotEqualTo("rnn");
        assertThat(events.stream(BankChanged.class))
                .as("published for a change of topics only")
                .hasSize(1);
    }

    private void reload() {
        var caller = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        TestUsers.login(new AppUserDetails(-1, "admin", "", Role.ADMIN, false));
        assertThat(bank.reload().isSuccess()).isTrue();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(caller);
    }

    private static void append(String file, String text) throws IOException {
        Files.writeString(BANK.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Path copyOfTheGoodBank() {
        try {
            return BankFixtures.goodWith(
                    null, Files.createTempDirectory("study-reload").resolve("bank"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
