package org.quiztrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The current version of a question as served. {@code revision} counts content versions (1, 2, ...)
 * and is what a learner's card compares with to notice a change; {@code version} is the optimistic
 * lock.
 */
@Entity
@Table(name = "bank_question")
public class QuestionEntity {

    @Id
    private String id;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(name = "bank_key", nullable = false, length = 200)
    private String bankKey;

    @Column(name = "note_key", length = 200)
    private String noteKey;

    @Column(name = "topic_id", nullable = false, length = 80)
    private String topicId;

    @Column(name = "question_type", nullable = false, length = 20)
    private String questionType;

    @Column(nullable = false, length = 500)
    private String tags;

    @Column(name = "text_zh", nullable = false, length = 4000)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 4000)
    private String textEn;

    @Column(name = "search_text", nullable = false, length = 65535)
    private String searchText;

    @Column(nullable = false)
    private int revision;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 65535)
    private String content;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "self_graded", nullable = false)
    private boolean selfGraded;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private Long version;

    protected QuestionEntity() {}

    /** A question of the built-in bank: its key is its id. */
    QuestionEntity(String id) {
        this(id, Bank.BUILT_IN, id);
    }

    /** A question of a bank, with its key in that bank. */
    QuestionEntity(String id, long bankId, String bankKey) {
        this.id = id;
        this.bankId = bankId;
        this.bankKey = bankKey;
    }

    /** Stores a new version of the question: the next revision. */
    void newRevision(Question q, String json, String hash, Instant now) {
        topicId = q.topicId();
        questionType = q.type().code();
        selfGraded = q.content() instanceof QuestionContent.Flashcard
                || (q.content() instanceof QuestionContent.Cloze c && !c.typed());
        tags = "," + String.join(",", q.tags()) + ",";
        textZh = clip(RichText.plain(q.text().zh(), q.html()));
        textEn = clip(RichText.plain(q.text().en(), q.html()));
        searchText = searchText(q);
        content = json;
        contentHash = hash;
        revision++;
        retired = false;
        changedAt = now;
    }

    /** Gives the question another key in its bank, or moves it into a cloze note (null for none). */
    void rekey(String key, String note) {
        bankKey = key;
        noteKey = note;
    }

    void retire(Instant now) {
        retired = true;
        changedAt = now;
    }

    void restore(Instant now) {
        retired = false;
        changedAt = now;
    }

    /** All the words a search looks in, both languages, lower case. */
    static String searchText(Question q) {
        return RichText.plain(searchSource(q), q.html()).toLowerCase(Locale.ROOT);
    }

    private static String searchSource(Question q) {
        return Stream.concat(
                        Stream.of(
                                q.id(),
                                q.text().zh(),
                                q.text().en(),
                                q.explanation().zh(),
                                q.explanation().en(),
                                String.join(" ", q.tags())),
                        answers(q.content()))
                .collect(Collectors.joining("\n"));
    }

    private static Stream<String> answers(QuestionContent content) {
        if (content instanceof QuestionContent.Flashcard f) {
            return both(f.back());
        } else if (content instanceof QuestionContent.SingleChoice c) {
            return c.choices().stream().flatMap(x -> both(x.text()));
        } else if (content instanceof QuestionContent.MultipleChoice c) {
            return c.choices().stream().flatMap(x -> both(x.text()));
        } else if (content instanceof QuestionContent.ShortAnswer a) {
            return Stream.concat(a.acceptZh().stream(), a.acceptEn().stream());
        } else if (content instanceof QuestionContent.Numeric n) {
            return Stream.of(n.answer().toPlainString());
        } else if (content instanceof QuestionContent.Ordering o) {
            return o.items().stream().flatMap(QuestionEntity::both);
        } else if (content instanceof QuestionContent.Matching m) {
            return m.pairs().stream().flatMap(p -> Stream.concat(both(p.left()), both(p.right())));
        }
        return Stream.empty();
    }

    private static Stream<String> both(LocalizedText text) {
        return Stream.of(text.zh(), text.en());
    }

    private static String clip(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    public String getId() {
        return id;
    }

    public long getBankId() {
        return bankId;
    }

    public String getBankKey() {
        return bankKey;
    }

    public String getNoteKey() {
        return noteKey;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public String getTags() {
        return tags;
    }

    public String getTopicId() {
        return topicId;
    }

    public String getQuestionType() {
        return questionType;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public int getRevision() {
        return revision;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContent() {
        return content;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
