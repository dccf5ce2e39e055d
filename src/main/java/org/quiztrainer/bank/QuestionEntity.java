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

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private Long version;

    protected QuestionEntity() {}

    QuestionEntity(String id) {
        this.id = id;
    }

    /** Stores a new version of the question: the next revision. */
    void newRevision(Question q, String json, String hash, Instant now) {
        topicId = q.topicId();
        questionType = q.type().code();
        tags = "," + String.join(",", q.tags()) + ",";
        textZh = clip(q.text().zh());
        textEn = clip(q.text().en());
        searchText = searchText(q);
        content = json;
        contentHash = hash;
        revision++;
        retired = false;
        changedAt = now;
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
        return Stream.concat(
                        Stream.of(
                                q.id(),
                                q.text().zh(),
                                q.text().en(),
                                q.explanation().zh(),
                                q.explanation().en(),
                                String.join(" ", q.tags())),
                        answers(q.content()))
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
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
