package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quiztrainer.bank.BankWorld.Who.ADMIN;
import static org.quiztrainer.bank.BankWorld.Who.CO_EDITOR;
import static org.quiztrainer.bank.BankWorld.Who.MEMBER;
import static org.quiztrainer.bank.BankWorld.Who.NOBODY;
import static org.quiztrainer.bank.BankWorld.Who.OWNER;
import static org.quiztrainer.bank.Drafts.zh;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quiztrainer.AppTest;
import org.quiztrainer.TestUsers;
import org.quiztrainer.bank.BankWorld.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The access matrix of the bank services: every public method of {@link BankCatalogService},
 * {@link QuestionEditorService}, {@link TopicEditorService}, {@link BankImages}, {@link BankTagService},
 * {@link QuestionCheckService} and {@link BankService}, called by
 * nobody, the owner, a co-editor (a learner), a learner of the class the bank is shared with, another instructor, a
 * learner outside the class, and an admin, on a fresh bank shared with the owner's class. A refused call throws
 * (or, for a query, shows nothing of the bank) and changes nothing.
 */
@AppTest
class BankCatalogAccessTest {

    @Autowired
    BankWorld worlds;

    @Autowired
    BankService bank;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** A call made by someone on a world; granted when it returns true, refused when false or throwing. */
    interface Call {
        boolean run(BankWorld.World w) throws Exception;
    }

    record Op(String name, Set<Who> allowed, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(NOBODY));
    static final Set<Who> READERS = EnumSet.of(OWNER, CO_EDITOR, MEMBER, ADMIN);
    static final Set<Who> EDITORS = EnumSet.of(OWNER, CO_EDITOR, ADMIN);
    static final Set<Who> MANAGERS = EnumSet.of(OWNER, ADMIN);
    /**
     * A question is for the other features' services; a call without a caller is the app's own work (a submitted
     * quiz entering the memory), so it is not refused; views never call it (ArchitectureTest).
     */
    static final Set<Who> READERS_AND_SYSTEM = EnumSet.of(NOBODY, OWNER, CO_EDITOR, MEMBER, ADMIN);

    static List<Op> ops() {
        return List.of(
                // BankCatalogService
                new Op("catalog.banks", READERS, w -> ids(w.catalog().banks()).contains(w.bankId())),
                new Op(
                        "catalog.studyBanks",
                        READERS,
                        w -> ids(w.catalog().studyBanks()).contains(w.bankId())),
                new Op(
                        "catalog.usableBanks",
                        MANAGERS,
                        w -> ids(w.catalog().usableBanks()).contains(w.bankId())),
                new Op(
                        "catalog.usableBankIds",
                        MANAGERS,
                        w -> w.catalog().usableBankIds().contains(w.bankId())),
                new Op(
                        "catalog.defaultBanks",
                        EnumSet.of(OWNER, CO_EDITOR, MEMBER),
                        w -> w.catalog().defaultBanks().contains(w.bankId())),
                new Op(
                        "catalog.bank",
                        READERS,
                        w -> w.catalog().bank(w.bankId()).bank().id() == w.bankId()),
                new Op(
                        "catalog.create",
                        SIGNED_IN,
                        w -> w.catalog()
                                        .create(BankSettings.privateBank("我的", BankLanguages.ZH))
                                        .id()
                                > 0),
                new Op("catalog.update", MANAGERS, w -> {
                    Bank b = w.bankAsOwner();
                    w.catalog().update(w.bankId(), w.settings("改名"), b.version());
                    return true;
                }),
                new Op("catalog.retire", MANAGERS, w -> {
                    w.catalog().retire(w.bankId());
                    return true;
                }),
                new Op("catalog.shareableClasses", SIGNED_IN, w -> w.catalog().shareableClasses() != null),
                new Op(
                        "catalog.sharing",
                        MANAGERS,
                        w -> w.catalog().sharing(w.bankId()).classes().containsKey(w.classId())),
                // QuestionEditorService
                new Op(
                        "editor.saveAll",
                        EDITORS,
                        w -> w.editor()
                                        .saveAll(w.bankId(), List.of(Drafts.single("new")), List.of())
                                        .saved()
                                        .size()
                                == 1),
                new Op(
                        "editor.create",
                        EDITORS,
                        w -> w.editor()
                                        .create(w.bankId(), Drafts.numeric("n"))
                                        .saved()
                                        .size()
                                == 1),
                new Op(
                        "editor.save",
                        EDITORS,
                        w -> w.editor()
                                        .save(w.questionId(), w.changedDraft())
                                        .first()
                                        .revision()
                                == 2),
                new Op(
                        "editor.load",
                        EDITORS,
                        w -> w.editor().load(w.questionId()).questionId().equals(w.questionId())),
                new Op(
                        "editor.duplicate",
                        EDITORS,
                        w -> !w.editor()
                                .duplicate(w.questionId())
                                .first()
                                .questionId()
                                .equals(w.questionId())),
                new Op("editor.move", EDITORS, w -> {
                    w.editor().move(w.questionId(), w.topicId());
                    return true;
                }),
                new Op("editor.retire", EDITORS, w -> {
                    w.editor().retire(w.questionId());
                    return true;
                }),
                new Op("editor.restore", EDITORS, w -> {
                    w.editor().restore(w.retiredId());
                    return true;
                }),
                new Op("editor.usage", EDITORS, w -> w.editor().usage(w.questionId()) != null),
                // TopicEditorService
                new Op(
                        "topics.create",
                        EDITORS,
                        w -> w.topicEditor()
                                .create(w.bankId(), null, zh("新主题"))
                                .id()
                                .startsWith("b" + w.bankId() + ".t")),
                new Op(
                        "topics.update",
                        EDITORS,
                        w -> w.topicEditor()
                                .update(w.topicId(), null, zh("改名"))
                                .name()
                                .zh()
                                .equals("改名")),
                new Op("topics.delete", EDITORS, w -> {
                    w.topicEditor().delete(w.emptyTopicId());
                    return true;
                }),
                // BankImages
                new Op("images.add", EDITORS, w -> w.images().add(w.bankId(), "b.gif", BankWorld.GIF) > 0),
                new Op(
                        "images.image",
                        SIGNED_IN,
                        w -> w.images().image(w.imageId(), w.imageHash()).isPresent()),
                // BankTagService
                new Op(
                        "tags.tags",
                        EDITORS,
                        w -> w.tags().tags(w.bankId()).stream()
                                .anyMatch(t -> t.tag().equals("rlhf"))),
                new Op("tags.rename", EDITORS, w -> w.tags().rename(w.bankId(), "rlhf", "rl") > 0),
                // QuestionCheckService
                new Op(
                        "check.check",
                        EDITORS,
                        w -> w.checker()
                                        .check(w.bankId(), null, Drafts.single("checked"))
                                        .questions()
                                        .size()
                                == 1),
                new Op("check.units", SIGNED_IN, w -> !w.checker().units().isEmpty()),
                // BankService
                new Op("bank.reload", EnumSet.of(ADMIN), w -> w.bank().reload() != null),
                new Op("bank.lastReport", EnumSet.of(ADMIN), w -> w.bank().lastReport() != null),
                new Op(
                        "bank.drawable",
                        READERS,
                        w -> w.bank().drawable(Set.of(w.bankId())).contains(w.bankId())),
                new Op(
                        "bank.topicBanks",
                        READERS,
                        w -> w.bank().topicBanks(Set.of(w.topicId())).containsKey(w.topicId())),
                new Op(
                        "bank.topics()",
                        EnumSet.of(OWNER, CO_EDITOR, MEMBER),
                        w -> topicIds(w.bank().topics()).contains(w.topicId())),
                new Op(
                        "bank.topics(banks)",
                        READERS,
                        w -> topicIds(w.bank().topics(Set.of(w.bankId()))).contains(w.topicId())),
                new Op(
                        "bank.find",
                        READERS,
                        w -> !w.bank()
                                .find(QuestionFilter.bank(w.bankId()), 0, 10)
                                .isEmpty()),
                new Op("bank.count", READERS, w -> w.bank().count(QuestionFilter.bank(w.bankId())) > 0),
                new Op(
                        "bank.tags()",
                        EnumSet.of(OWNER, CO_EDITOR, MEMBER),
                        w -> w.bank().tags().contains("rlhf")),
                new Op(
                        "bank.tags(banks)",
                        READERS,
                        w -> w.bank().tags(Set.of(w.bankId())).contains("rlhf")),
                new Op(
                        "bank.question",
                        READERS_AND_SYSTEM,
                        w -> w.bank().question(w.questionId()).isPresent()),
                new Op(
                        "bank.question(revision)",
                        READERS_AND_SYSTEM,
                        w -> w.bank().question(w.questionId(), 1).isPresent()),
                new Op(
                        "bank.history",
                        EDITORS,
                        w -> !w.bank().history(w.questionId()).isEmpty()),
                new Op(
                        "bank.export",
                        EDITORS,
                        w -> !w.bank().export(QuestionFilter.bank(w.bankId())).isEmpty()));
    }

    static Stream<Arguments> everyCallByEveryone() {
        return ops().stream().flatMap(op -> Arrays.stream(Who.values()).map(who -> Arguments.of(op, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyCallByEveryone")
    void aCallIsGrantedExactlyToWhoMayMakeItAndARefusedOneChangesNothing(Op op, Who who) {
        BankWorld.World w = worlds.create();
        BankWorld.Snapshot before = w.snapshot();
        w.login(who);

        boolean granted;
        try {
            granted = op.call().run(w);
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            granted = false;
        } catch (Exception e) {
            throw new AssertionError(op + " by " + who + " failed", e);
        }

        assertThat(granted).as(op + " by " + who).isEqualTo(op.allowed().contains(who));
        if (!granted && !op.name().equals("bank.reload")) {
            assertThat(w.snapshot()).as("nothing changed by the refused " + op).isEqualTo(before);
        }
    }

    @Test
    void forgedIdsAreRefusedLikeABankOneMayNotUseEvenForAnAdmin() {
        BankWorld.World w = worlds.create();
        BankWorld.Snapshot before = w.snapshot();
        w.login(ADMIN);
        long noBank = 987_654_321L;
        String noQuestion = "b" + noBank + ".q1";
        List<Call> forged = List.of(
                x -> x.catalog().bank(noBank) != null,
                x -> x.catalog().update(noBank, x.settings("x"), 0) != null,
                x -> {
                    x.catalog().retire(noBank);
                    return true;
                },
                x -> x.catalog().sharing(noBank) != null,
                x -> x.editor().saveAll(noBank, List.of(Drafts.trueFalse("x")), List.of()) != null,
                x -> x.editor().create(noBank, Drafts.trueFalse("x")) != null,
                x -> x.editor().save(noQuestion, Drafts.trueFalse("x")) != null,
                x -> x.editor().load(noQuestion) != null,
                x -> x.editor().duplicate(noQuestion) != null,
                x -> x.editor().move(noQuestion, "") != null,
                x -> {
                    x.editor().retire(noQuestion);
                    return true;
                },
                x -> x.editor().usage(noQuestion) != null,
                x -> x.editor().load(null) != null,
                x -> x.topicEditor().create(noBank, null, zh("x")) != null,
                x -> x.topicEditor().update("b" + noBank + ".t1", null, zh("x")) != null,
                x -> {
                    x.topicEditor().delete("b" + noBank + ".t1");
                    return true;
                },
                x -> x.images().add(noBank, "a.gif", BankWorld.GIF) > 0,
                x -> x.catalog().update(Bank.BUILT_IN, x.settings("x"), 0) != null,
                x -> x.editor().create(Bank.BUILT_IN, Drafts.trueFalse("x")) != null,
                x -> x.editor().load(x.builtInQuestionId()) != null,
                x -> x.topicEditor().create(Bank.BUILT_IN, null, zh("x")) != null);
        for (int i = 0; i < forged.size(); i++) {
            Call c = forged.get(i);
            assertThatThrownBy(() -> c.run(w)).as("forged call " + i).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(bank.question(noQuestion)).isEmpty();
        assertThat(bank.find(QuestionFilter.bank(noBank), 0, 10)).isEmpty();
        assertThat(bank.drawable(Set.of(noBank))).isEmpty();
        assertThat(w.images().image(w.imageId(), "0000000000000000"))
                .as("an id without its hash")
                .isEmpty();
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void aQuestionMovedToATopicOfAnotherBankIsRefusedOnTheTopicField() {
        BankWorld.World w = worlds.create();
        BankWorld.World other = worlds.create();
        BankWorld.Snapshot before = w.snapshot();
        w.login(ADMIN);

        assertThatThrownBy(() -> w.editor().move(w.questionId(), other.topicId()))
                .isInstanceOfSatisfying(
                        DraftsRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(DraftProblem::field, DraftProblem::key)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("topic", "bank.edit.error.topic-unknown")));
        assertThatThrownBy(() -> w.topicEditor().update(w.topicId(), other.topicId(), zh("x")))
                .isInstanceOfSatisfying(
                        org.quiztrainer.account.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("parent", "bank.topic.error.parent"));
        assertThat(w.snapshot()).isEqualTo(before);
    }

    private static List<Long> ids(List<BankSummary> list) {
        return list.stream().map(s -> s.bank().id()).toList();
    }

    private static List<String> topicIds(List<Topic> list) {
        return list.stream().map(Topic::id).toList();
    }
}
