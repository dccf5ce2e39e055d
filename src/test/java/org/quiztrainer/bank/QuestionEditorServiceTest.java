package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quiztrainer.bank.Drafts.zh;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.ContentDraft.ChoiceDraft;
import org.quiztrainer.bank.io.ImportMedia;
import org.quiztrainer.grading.Response;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** Writing questions in the app: every type, revisions, retiring, cloze notes, batches, bad input, two editors. */
@AppTest
class QuestionEditorServiceTest {

    @Autowired
    QuestionEditorService editor;

    @Autowired
    BankCatalogService catalog;

    @Autowired
    BankService bank;

    @Autowired
    StudyService study;

    @Autowired
    TestUsers users;

    UserSummary author;
    Bank mine;

    @BeforeEach
    void aChineseBank() {
        author = users.create(Role.INSTRUCTOR);
        TestUsers.login(author);
        mine = catalog.create(BankSettings.privateBank("RLHF 周", BankLanguages.ZH));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void everyTypeIsSavedAndReadBackWithAGlobalIdThatCannotCollideWithTheBuiltInBank() {
        SaveReport report = editor.saveAll(mine.id(), Drafts.everyType(), List.of());

        assertThat(report.count(SaveReport.Outcome.CREATED)).isEqualTo(8);
        for (SaveReport.Saved s : report.saved()) {
            assertThat(s.questionId()).startsWith("b" + mine.id() + ".q").matches(BankIds::isReserved);
            StoredQuestion q = bank.question(s.questionId()).orElseThrow();
            assertThat(q.bankId()).isEqualTo(mine.id());
            assertThat(q.revision()).isEqualTo(1);
            assertThat(q.question().text().zh()).isNotBlank();
            assertThat(q.question().text().en()).isEmpty();
        }
        assertThat(bank.count(QuestionFilter.bank(mine.id()))).isEqualTo(8);
        assertThat(bank.find(QuestionFilter.bank(mine.id()), 0, 10))
                .extracting(QuestionSummary::key)
                .containsExactlyInAnyOrder("flash", "single", "multi", "tf", "short", "num", "order", "match");
    }

    @Test
    void aChangedQuestionGetsARevisionAndItsLearnersTheNoticeWhileAnUnchangedOneIsLeftAlone() {
        String id = editor.create(mine.id(), Drafts.trueFalse("")).first().questionId();
        UserSummary learner = users.create(Role.LEARNER);
        TestUsers.login(author);
        catalog.update(
                mine.id(),
                new BankSettings("RLHF 周", "", BankLanguages.ZH, Visibility.PUBLIC, Set.of(), Set.of()),
                catalog.bank(mine.id()).bank().version());
        TestUsers.login(learner);
        study.recordQuizAnswer(id, new Response.TrueFalse(true), Duration.ofSeconds(3), "edit-1");
        TestUsers.login(author);

        EditableQuestion opened = editor.load(id);
        SaveReport same = editor.save(id, opened.draft());
        assertThat(same.first().outcome()).isEqualTo(SaveReport.Outcome.UNCHANGED);

        QuestionDraft changed = with(opened.draft(), d -> Drafts.draft(d.key(), "PPO 是一种基于策略的强化学习算法。", d.content()));
        SaveReport report = editor.save(id, changed);

        assertThat(report.first().outcome()).isEqualTo(SaveReport.Outcome.CHANGED);
        assertThat(bank.question(id).orElseThrow().revision()).isEqualTo(2);
        assertThat(bank.history(id)).hasSize(2);
        TestUsers.login(learner);
        assertThat(study.item(id).orElseThrow().questionChanged()).isTrue();
    }

    @Test
    void aRetiredQuestionLeavesStudyButKeepsItsHistoryAndComesBack() {
        String id = editor.create(mine.id(), Drafts.single("")).first().questionId();
        StudyScope scope = StudyScope.ofBanks(Set.of(mine.id()));
        assertThat(study.practice(scope, 5, 1)).contains(id);

        editor.retire(id);

        assertThat(study.practice(scope, 5, 1)).doesNotContain(id);
        assertThat(bank.question(id).orElseThrow().retired()).isTrue();
        assertThat(bank.history(id)).hasSize(1);
        assertThat(bank.count(QuestionFilter.bank(mine.id()))).isZero();
        assertThat(bank.count(QuestionFilter.bank(mine.id()).retired(true))).isEqualTo(1);
        editor.restore(id);
        assertThat(study.practice(scope, 5, 1)).contains(id);
    }

    @Test
    void aClozeNoteIsOneQuestionPerDeletionNumberAndAnEditKeepsTheirMemory() {
        SaveReport note = editor.create(mine.id(), Drafts.cloze("rlhf-steps", true));
        assertThat(note.saved()).extracting(SaveReport.Saved::key).containsExactly("rlhf-steps#c1", "rlhf-steps#c2");
        String c1 = note.saved().get(0).questionId();
        String c2 = note.saved().get(1).questionId();

        EditableQuestion opened = editor.load(c2);
        assertThat(opened.draft().key()).isEqualTo("rlhf-steps");
        assertThat(opened.noteCardIds()).containsExactlyInAnyOrder(c1, c2);
        SaveReport edited = editor.save(
                c2,
                with(opened.draft(), d -> Drafts.draft(d.key(), "RLHF 先做{{c1::有监督微调}}，最后做{{c3::强化学习}}。", d.content())));

        assertThat(edited.saved())
                .extracting(SaveReport.Saved::questionId, SaveReport.Saved::outcome)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(c1, SaveReport.Outcome.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(c2, SaveReport.Outcome.RETIRED));
        assertThat(edited.count(SaveReport.Outcome.CREATED)).isEqualTo(1);
        assertThat(bank.question(c2).orElseThrow().retired()).isTrue();
        Question first = bank.question(c1).orElseThrow().question();
        assertThat(first.content()).isEqualTo(new QuestionContent.Cloze(1, true));
        assertThat(ClozeText.front(first.text().zh(), 1)).isEqualTo("RLHF 先做[...]，最后做强化学习。");
    }

    @Test
    void aBatchSavesByKeyCreatesTopicsFromAPathAndLeavesUnchangedQuestionsAlone() {
        List<QuestionDraft> first = List.of(
                inPath(Drafts.single("gift-1"), "第 3 周", "奖励模型"),
                inPath(Drafts.trueFalse("gift-2"), "第 3 周"),
                Drafts.numeric("gift-3"));
        SaveReport created = editor.saveAll(mine.id(), first, List.of());
        assertThat(created.count(SaveReport.Outcome.CREATED)).isEqualTo(3);
        List<Topic> topics = bank.topics(Set.of(mine.id()));
        assertThat(topics).extracting(t -> t.name().zh()).containsExactlyInAnyOrder("第 3 周", "奖励模型");
        Topic week =
                topics.stream().filter(t -> t.parentId() == null).findFirst().orElseThrow();
        assertThat(topics).anySatisfy(t -> assertThat(t.parentId()).isEqualTo(week.id()));

        List<QuestionDraft> again = List.of(
                first.get(0),
                inPath(Drafts.draft("gift-2", "PPO 不是强化学习算法。", ContentDraft.trueFalse(false)), "第 3 周"),
                first.get(2));
        SaveReport second = editor.saveAll(mine.id(), again, List.of());

        assertThat(second.count(SaveReport.Outcome.UNCHANGED)).isEqualTo(2);
        assertThat(second.count(SaveReport.Outcome.CHANGED)).isEqualTo(1);
        assertThat(bank.topics(Set.of(mine.id()))).hasSize(2);
        assertThat(bank.count(QuestionFilter.bank(mine.id()))).isEqualTo(3);
    }

    @Test
    void anImportedImageIsStoredOnceAndTheTextPointsAtIt() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        QuestionDraft withImage = new QuestionDraft(
                "img",
                "",
                List.of(),
                List.of(),
                "",
                zh("看图：<img src=\"diagram.png\"><script>alert(1)</script>"),
                LocalizedText.EMPTY,
                ContentDraft.trueFalse(true),
                true,
                null);

        SaveReport report = editor.saveAll(mine.id(), List.of(withImage), List.of(new ImportMedia("diagram.png", png)));

        String text = bank.question(report.first().questionId())
                .orElseThrow()
                .question()
                .text()
                .zh();
        assertThat(text).matches("看图：<img src=\"image:\\d+\" alt=\"\">").doesNotContain("script");
        long imageId = RichText.imageIds(text).iterator().next();
        assertThat(editor.saveAll(mine.id(), List.of(withImage), List.of(new ImportMedia("diagram.png", png)))
                        .first()
                        .outcome())
                .isEqualTo(SaveReport.Outcome.UNCHANGED);
        assertThat(RichText.imageIds(bank.question(report.first().questionId())
                        .orElseThrow()
                        .question()
                        .text()
                        .zh()))
                .containsExactly(imageId);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsSaved() {
        refused(Drafts.draft("", "", ContentDraft.trueFalse(true)), "text.zh", "bank.edit.error.required");
        refused(
                Drafts.draft("", "x".repeat(DraftLimits.TEXT_MAX + 1), ContentDraft.trueFalse(true)),
                "text.zh",
                "bank.edit.error.too-long");
        refused(choices(false, false, false), "choices", "bank.edit.error.no-correct");
        refused(choices(false, true, true), "choices", "bank.edit.error.one-correct");
        refused(Drafts.draft("", "多少？", ContentDraft.numeric("六十", "", "")), "number", "bank.edit.error.not-a-number");
        refused(
                Drafts.draft(
                        "",
                        "选一个",
                        ContentDraft.choices(
                                false, List.of(new ChoiceDraft(zh("甲"), true), new ChoiceDraft(zh("甲"), false)))),
                "choice.1.zh",
                "bank.edit.error.duplicate");
        refused(Drafts.draft("", "排序", ContentDraft.ordering(List.of(zh("一")))), "items", "bank.edit.error.too-few");
        refused(Drafts.draft("", "没有挖空的句子", ContentDraft.cloze(false)), "text.zh", "bank.edit.error.cloze-none");
        refused(Drafts.draft("", "真假", ContentDraft.trueFalse(null)), "truth", "bank.edit.error.required");
        assertThatThrownBy(() -> editor.saveAll(
                        mine.id(),
                        List.of(Drafts.trueFalse("ok")),
                        List.of(new ImportMedia("a.png", "GIF? no".getBytes()))))
                .isInstanceOfSatisfying(
                        DraftsRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DraftProblem::key)
                                .containsExactly("bank.edit.error.image-not-an-image"));
        assertThatThrownBy(() -> editor.saveAll(
                        mine.id(),
                        List.of(Drafts.trueFalse("fine"), Drafts.draft("", "", ContentDraft.trueFalse(true))),
                        List.of()))
                .isInstanceOf(DraftsRefusedException.class);
        assertThat(bank.count(QuestionFilter.bank(mine.id()).retired(true))).isZero();
    }

    @Test
    void theSecondOfTwoEditorsIsToldTheQuestionChangedAndNothingIsOverwritten() {
        String id = editor.create(mine.id(), Drafts.trueFalse("race")).first().questionId();
        EditableQuestion first = editor.load(id);
        EditableQuestion second = editor.load(id);

        editor.save(id, with(first.draft(), d -> Drafts.draft(d.key(), "第一位编辑的版本。", d.content())));

        assertThatThrownBy(() ->
                        editor.save(id, with(second.draft(), d -> Drafts.draft(d.key(), "第二位编辑的版本。", d.content()))))
                .isInstanceOf(QuestionChangedException.class);
        assertThat(bank.question(id).orElseThrow().question().text().zh()).isEqualTo("第一位编辑的版本。");
        assertThat(editor.load(id).version()).isNotEqualTo(second.version());
    }

    @Test
    void aKeyIsUniqueInItsBankAndANewQuestionCannotTakeOne() {
        editor.create(mine.id(), Drafts.trueFalse("unique"));
        assertThatThrownBy(() -> editor.create(mine.id(), Drafts.single("unique")))
                .isInstanceOfSatisfying(
                        DraftsRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DraftProblem::field, DraftProblem::key)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("key", "bank.edit.error.key-taken")));
        String other = editor.create(mine.id(), Drafts.single("other")).first().questionId();
        EditableQuestion opened = editor.load(other);
        assertThatThrownBy(() -> editor.save(other, opened.draft().withKey("unique")))
                .isInstanceOf(DraftsRefusedException.class);
    }

    @Test
    void aDuplicateIsANewQuestionAndAMoveChangesOnlyItsTopic() {
        String id = editor.create(mine.id(), Drafts.matching("m")).first().questionId();
        Topic week = topicEditor.create(mine.id(), null, zh("第一周"));
        String copy = editor.duplicate(id).first().questionId();
        assertThat(copy).isNotEqualTo(id);
        assertThat(bank.question(copy).orElseThrow().question().content())
                .isEqualTo(bank.question(id).orElseThrow().question().content());

        editor.move(id, week.id());

        assertThat(bank.question(id).orElseThrow().question().topicId()).isEqualTo(week.id());
        assertThat(bank.find(QuestionFilter.bank(mine.id()).inTopic(week.id()), 0, 10))
                .extracting(QuestionSummary::id)
                .containsExactly(id);
    }

    @Autowired
    TopicEditorService topicEditor;

    private void refused(QuestionDraft draft, String field, String key) {
        long before = bank.count(QuestionFilter.bank(mine.id()).retired(true));
        assertThatThrownBy(() -> editor.create(mine.id(), draft))
                .as(field)
                .isInstanceOfSatisfying(
                        DraftsRefusedException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.key()).isEqualTo(key);
                        }));
        assertThat(bank.count(QuestionFilter.bank(mine.id()).retired(true))).isEqualTo(before);
    }

    private static QuestionDraft choices(boolean multiple, boolean... correct) {
        List<ChoiceDraft> list = new java.util.ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            list.add(new ChoiceDraft(zh("选项" + i), correct[i]));
        }
        return Drafts.draft("", "选哪个？", ContentDraft.choices(multiple, list));
    }

    private static QuestionDraft inPath(QuestionDraft d, String... path) {
        return new QuestionDraft(
                d.key(),
                "",
                List.of(path),
                d.tags(),
                d.source(),
                d.text(),
                d.explanation(),
                d.content(),
                d.html(),
                null);
    }

    /** The draft with another text, keeping its key, content and base version. */
    private static QuestionDraft with(QuestionDraft d, UnaryOperator<QuestionDraft> change) {
        QuestionDraft c = change.apply(d);
        return new QuestionDraft(
                d.key(),
                d.topicId(),
                d.topicPath(),
                d.tags(),
                d.source(),
                c.text(),
                c.explanation(),
                d.content(),
                d.html(),
                d.baseVersion());
    }
}
