package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.BankWorld.Who;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Making, sharing, publishing and deleting banks; their settings refused field by field. */
@AppTest
class BankCatalogServiceTest {

    @Autowired
    BankWorld worlds;

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankService bank;

    @Autowired
    QuestionEditorService editor;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    BankWorld.World w;

    @BeforeEach
    void aSharedBank() {
        w = worlds.create();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void reloadingTheBuiltInBankFromItsFolderLeavesEveryOtherBankAsItWas() {
        BankWorld.Snapshot before = w.snapshot();
        w.login(Who.ADMIN);

        bank.reload();

        assertThat(w.snapshot())
                .as("the bank's questions, none of them in the folder, are neither retired nor changed")
                .isEqualTo(before);
    }

    @Test
    void aLearnerMakesABankForThemselfThatNobodyElseSees() {
        UserSummary self = users.create(Role.LEARNER);
        TestUsers.login(self);

        Bank own = catalog.create(
                new BankSettings(" 我的单词 ", "自学", BankLanguages.EN, Visibility.PRIVATE, Set.of(), Set.of()));

        assertThat(own.title()).isEqualTo("我的单词");
        assertThat(catalog.banks()).extracting(s -> s.bank().id()).containsExactly(Bank.BUILT_IN, own.id());
        assertThat(catalog.bank(own.id()).mayEdit()).isTrue();
        assertThat(catalog.usableBankIds()).as("a learner assigns nothing").isEmpty();
        assertThat(catalog.defaultBanks()).containsExactly(Bank.BUILT_IN, own.id());
        w.login(Who.STRANGER);
        assertThat(catalog.banks()).extracting(s -> s.bank().id()).doesNotContain(own.id());
        assertThatThrownBy(() -> catalog.bank(own.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unsharingHidesTheBankFromTheClassButALearnerKeepsWhatTheyStudied() {
        w.login(Who.MEMBER);
        assertThat(catalog.defaultBanks()).contains(w.bankId());
        study.answer(new AnswerCommand(
                w.questionId(),
                null,
                "unshare-1",
                Rating.GOOD,
                Optional.of(new Response.TrueFalse(true)),
                Duration.ofSeconds(4),
                ReviewSource.PRACTICE));
        assertThat(study.practice(StudyScope.ofBanks(Set.of(w.bankId())), 10, 1))
                .contains(w.questionId());

        w.login(Who.OWNER);
        Bank now = w.bankAsOwner();
        catalog.update(
                w.bankId(),
                new BankSettings("访问测试", "", BankLanguages.ZH, Visibility.PRIVATE, Set.of(), Set.of()),
                now.version());

        w.login(Who.MEMBER);
        assertThat(catalog.banks()).extracting(s -> s.bank().id()).doesNotContain(w.bankId());
        assertThat(bank.find(QuestionFilter.bank(w.bankId()), 0, 10)).isEmpty();
        assertThat(bank.question(w.questionId()))
                .as("their card keeps it readable")
                .isPresent();
        assertThat(bank.question(w.retiredId()))
                .as("but not the rest of the bank")
                .isEmpty();
        w.login(Who.CO_EDITOR);
        assertThatThrownBy(() -> editor.load(w.questionId()))
                .as("co-editors left with the old settings")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPublicBankIsStudiedByAnyoneWhoChoosesItAndUsedByAnyInstructor() {
        w.login(Who.OWNER);
        catalog.update(
                w.bankId(),
                new BankSettings("公开", "", BankLanguages.ZH, Visibility.PUBLIC, Set.of(), Set.of()),
                w.bankAsOwner().version());

        w.login(Who.INSTRUCTOR);
        assertThat(catalog.usableBankIds()).contains(w.bankId());
        assertThat(catalog.bank(w.bankId()).mayEdit()).isFalse();
        assertThatThrownBy(() -> editor.load(w.questionId())).isInstanceOf(AccessDeniedException.class);
        w.login(Who.STRANGER);
        assertThat(catalog.studyBanks()).extracting(s -> s.bank().id()).contains(w.bankId());
        assertThat(catalog.defaultBanks())
                .as("chosen, not in the default scope")
                .doesNotContain(w.bankId());
        assertThat(catalog.usableBankIds()).isEmpty();
        assertThat(study.practice(StudyScope.ofBanks(Set.of(w.bankId())), 10, 1))
                .containsExactly(w.questionId());
    }

    @Test
    void aDeletedBankLeavesEveryListAndEditingButItsQuestionsKeepTheirHistory() {
        w.login(Who.MEMBER);
        study.answer(new AnswerCommand(
                w.questionId(),
                null,
                "retire-1",
                Rating.GOOD,
                Optional.of(new Response.TrueFalse(true)),
                Duration.ofSeconds(4),
                ReviewSource.PRACTICE));
        w.login(Who.OWNER);

        catalog.retire(w.bankId());

        assertThat(catalog.banks()).extracting(s -> s.bank().id()).doesNotContain(w.bankId());
        assertThatThrownBy(() -> editor.create(w.bankId(), Drafts.trueFalse("late")))
                .isInstanceOf(AccessDeniedException.class);
        w.login(Who.MEMBER);
        assertThat(study.practice(StudyScope.ofBanks(Set.of(w.bankId())), 10, 1))
                .isEmpty();
        assertThat(bank.question(w.questionId())).isPresent();
        w.login(Who.OWNER);
        assertThat(bank.history(w.questionId()))
                .as("its revisions (with keys) are for instructors and admins")
                .hasSize(1);
    }

    @Test
    void badSettingsAreRefusedOnTheirFieldAndChangeNothing() {
        BankWorld.Snapshot before = w.snapshot();
        w.login(Who.OWNER);
        long version = w.bankAsOwner().version();
        refused(settings("", "", Visibility.PRIVATE, Set.of(), Set.of()), version, "title", "title-required");
        refused(
                settings("x".repeat(BankSettings.TITLE_MAX + 1), "", Visibility.PRIVATE, Set.of(), Set.of()),
                version,
                "title",
                "title-long");
        refused(
                settings("t", "d".repeat(BankSettings.DESCRIPTION_MAX + 1), Visibility.PRIVATE, Set.of(), Set.of()),
                version,
                "description",
                "description-long");
        refused(settings("t", "", Visibility.CLASSES, Set.of(), Set.of()), version, "classes", "classes-required");
        refused(settings("t", "", Visibility.CLASSES, Set.of(-5L), Set.of()), version, "classes", "classes");
        refused(
                settings("t", "", Visibility.PRIVATE, Set.of(), Set.of("nobody-by-this-name")),
                version,
                "editors",
                "editors-unknown");
        refused(
                new BankSettings("t", "", null, Visibility.PRIVATE, Set.of(), Set.of()),
                version,
                "languages",
                "languages");
        refused(
                new BankSettings("t", "", BankLanguages.ZH, null, Set.of(), Set.of()),
                version,
                "visibility",
                "visibility");
        assertThatThrownBy(() -> catalog.update(w.bankId(), w.settings("旧版本"), version - 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        w.login(Who.INSTRUCTOR);
        assertThatThrownBy(() -> catalog.update(w.bankId(), w.settings("不是我的班"), version))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void anotherInstructorCannotShareTheirBankWithAClassTheyDoNotTeach() {
        w.login(Who.INSTRUCTOR);
        long before = w.snapshot().allBanks();

        assertThatThrownBy(() -> catalog.create(settings("借用", "", Visibility.CLASSES, Set.of(w.classId()), Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("classes", "bank.settings.error.classes"));
        assertThat(w.snapshot().allBanks()).isEqualTo(before);
    }

    private void refused(BankSettings s, long version, String field, String key) {
        long banks = w.snapshot().allBanks();
        assertThatThrownBy(() -> catalog.update(w.bankId(), s, version))
                .as(field)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry(field, "bank.settings.error." + key));
        assertThatThrownBy(() -> catalog.create(s)).as(field).isInstanceOf(InvalidInputException.class);
        assertThat(w.snapshot().allBanks()).isEqualTo(banks);
    }

    private static BankSettings settings(
            String title, String description, Visibility v, Set<Long> classes, Set<String> editors) {
        return new BankSettings(title, description, BankLanguages.ZH, v, classes, editors);
    }
}
