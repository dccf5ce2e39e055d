package org.quiztrainer.bank;

import static org.quiztrainer.bank.Drafts.zh;

import java.util.List;
import java.util.Set;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.springframework.stereotype.Component;

/**
 * People around a bank, and fresh banks for access tests: an instructor owns a bank shared with their class, a
 * learner co-edits it, another learner is in the class; another instructor and a learner outside the class have
 * nothing to do with it.
 */
@Component
class BankWorld {

    /** Who is asking. */
    enum Who {
        NOBODY,
        OWNER,
        CO_EDITOR,
        MEMBER,
        INSTRUCTOR,
        STRANGER,
        ADMIN
    }

    /** The smallest GIF header the image check accepts. */
    static final byte[] GIF = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0};

    final TestUsers users;
    final ClassService classes;
    final BankCatalogService catalog;
    final QuestionEditorService editor;
    final TopicEditorService topicEditor;
    final BankImages images;
    final BankTagService tags;
    final QuestionCheckService checker;
    final BankService bank;
    final BankRepository banks;
    final BankEditorRepository editors;
    final BankShareRepository shares;
    final QuestionRepository questions;
    final TopicRepository topics;
    final BankImageRepository imageRows;
    private People people;

    BankWorld(
            TestUsers users,
            ClassService classes,
            BankCatalogService catalog,
            QuestionEditorService editor,
            TopicEditorService topicEditor,
            BankImages images,
            BankTagService tags,
            QuestionCheckService checker,
            BankService bank,
            BankRepository banks,
            BankEditorRepository editors,
            BankShareRepository shares,
            QuestionRepository questions,
            TopicRepository topics,
            BankImageRepository imageRows) {
        this.users = users;
        this.classes = classes;
        this.catalog = catalog;
        this.editor = editor;
        this.topicEditor = topicEditor;
        this.images = images;
        this.tags = tags;
        this.checker = checker;
        this.bank = bank;
        this.banks = banks;
        this.editors = editors;
        this.shares = shares;
        this.questions = questions;
        this.topics = topics;
        this.imageRows = imageRows;
    }

    record People(
            UserSummary owner,
            UserSummary coEditor,
            UserSummary member,
            UserSummary instructor,
            UserSummary stranger,
            UserSummary admin,
            ClassSummary cls) {}

    private synchronized People people() {
        if (people == null) {
            UserSummary owner = users.create(Role.INSTRUCTOR);
            UserSummary coEditor = users.create(Role.LEARNER);
            UserSummary member = users.create(Role.LEARNER);
            TestUsers.login(owner);
            ClassSummary cls = classes.create("Bank class " + owner.username());
            TestUsers.login(member);
            classes.join(cls.joinCode());
            people = new People(
                    owner,
                    coEditor,
                    member,
                    users.create(Role.INSTRUCTOR),
                    users.create(Role.LEARNER),
                    users.create(Role.ADMIN),
                    cls);
            TestUsers.logout();
        }
        return people;
    }

    /** A new bank shared with the owner's class and co-edited by the learner, with topics, questions and an image. */
    World create() {
        People p = people();
        TestUsers.login(p.owner());
        World w = new World(p);
        Bank b = catalog.create(w.settings("访问测试"));
        Topic topic = topicEditor.create(b.id(), null, zh("主题"));
        Topic empty = topicEditor.create(b.id(), null, zh("空主题"));
        String question = editor.create(b.id(), Drafts.trueFalse("q")).first().questionId();
        String retired = editor.create(b.id(), Drafts.flashcard("r")).first().questionId();
        editor.retire(retired);
        long image = images.add(b.id(), "a.gif", GIF);
        String url = images.url(image);
        QuestionDraft opened = editor.load(question).draft();
        QuestionDraft changed = new QuestionDraft(
                opened.key(),
                opened.topicId(),
                List.of(),
                opened.tags(),
                opened.source(),
                zh("改过的题目。"),
                opened.explanation(),
                opened.content(),
                opened.html(),
                opened.baseVersion());
        w.fill(
                b.id(),
                topic.id(),
                empty.id(),
                question,
                retired,
                image,
                url.substring(url.lastIndexOf('/') + 1),
                changed);
        TestUsers.logout();
        return w;
    }

    /** What a test can see of a bank without asking its services: its settings, shares, topics, questions, images. */
    record Snapshot(Bank bank, long allBanks, List<String> topics, List<String> questions, long images) {}

    /** One bank and the services, called as whoever is logged in. */
    final class World {

        private final People p;
        private long bankId;
        private String topicId;
        private String emptyTopicId;
        private String questionId;
        private String retiredId;
        private long imageId;
        private String imageHash;
        private QuestionDraft changedDraft;

        World(People p) {
            this.p = p;
        }

        void fill(
                long bankId,
                String topicId,
                String emptyTopicId,
                String questionId,
                String retiredId,
                long imageId,
                String imageHash,
                QuestionDraft changedDraft) {
            this.bankId = bankId;
            this.topicId = topicId;
            this.emptyTopicId = emptyTopicId;
            this.questionId = questionId;
            this.retiredId = retiredId;
            this.imageId = imageId;
            this.imageHash = imageHash;
            this.changedDraft = changedDraft;
        }

        BankSettings settings(String title) {
            return new BankSettings(
                    title,
                    "",
                    BankLanguages.ZH,
                    Visibility.CLASSES,
                    Set.of(p.cls().id()),
                    Set.of(p.coEditor().username()));
        }

        void login(Who who) {
            switch (who) {
                case NOBODY -> TestUsers.logout();
                case OWNER -> TestUsers.login(p.owner());
                case CO_EDITOR -> TestUsers.login(p.coEditor());
                case MEMBER -> TestUsers.login(p.member());
                case INSTRUCTOR -> TestUsers.login(p.instructor());
                case STRANGER -> TestUsers.login(p.stranger());
                case ADMIN -> TestUsers.login(p.admin());
            }
        }

        UserSummary user(Who who) {
            return switch (who) {
                case NOBODY -> throw new IllegalArgumentException("nobody");
                case OWNER -> p.owner();
                case CO_EDITOR -> p.coEditor();
                case MEMBER -> p.member();
                case INSTRUCTOR -> p.instructor();
                case STRANGER -> p.stranger();
                case ADMIN -> p.admin();
            };
        }

        /** The bank as stored, read without an access check. */
        Bank bankAsOwner() {
            return banks.findById(bankId).orElseThrow().toBank(Set.of(), Set.of());
        }

        Snapshot snapshot() {
            Bank b = banks.findById(bankId)
                    .orElseThrow()
                    .toBank(
                            Set.copyOf(editors.findByBankId(bankId).stream()
                                    .map(BankEditorEntity::getUserId)
                                    .toList()),
                            Set.copyOf(shares.findByBankId(bankId).stream()
                                    .map(BankShareEntity::getClassId)
                                    .toList()));
            List<String> t = topics.findByBankId(bankId).stream()
                    .map(e -> e.toTopic() + "/" + e.isRetired())
                    .sorted()
                    .toList();
            List<String> q = questions.findByBankId(bankId).stream()
                    .map(e -> String.join(
                            "/",
                            e.getId(),
                            e.getBankKey(),
                            "" + e.getRevision(),
                            e.getContentHash(),
                            "" + e.isRetired(),
                            String.valueOf(e.getTopicId())))
                    .sorted()
                    .toList();
            long i = imageRows.findAll().stream()
                    .filter(e -> e.getBankId() == bankId)
                    .count();
            return new Snapshot(b, banks.count(), t, q, i);
        }

        long bankId() {
            return bankId;
        }

        long classId() {
            return p.cls().id();
        }

        String topicId() {
            return topicId;
        }

        String emptyTopicId() {
            return emptyTopicId;
        }

        String questionId() {
            return questionId;
        }

        String retiredId() {
            return retiredId;
        }

        long imageId() {
            return imageId;
        }

        String imageHash() {
            return imageHash;
        }

        QuestionDraft changedDraft() {
            return changedDraft;
        }

        String builtInQuestionId() {
            return "aigc-llm.aigc-not-only-text";
        }

        BankCatalogService catalog() {
            return catalog;
        }

        QuestionEditorService editor() {
            return editor;
        }

        TopicEditorService topicEditor() {
            return topicEditor;
        }

        BankImages images() {
            return images;
        }

        BankTagService tags() {
            return tags;
        }

        QuestionCheckService checker() {
            return checker;
        }

        BankService bank() {
            return bank;
        }
    }
}
