package org.quiztrainer.bank;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.io.ImportMedia;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A whole bank as an export writes it: its live questions with their keys, and its topic tree. */
@Service
@PreAuthorize("isAuthenticated()")
public class BankContents {

    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final BankImageRepository images;
    private final BankAccess access;

    BankContents(QuestionRepository questions, TopicRepository topics, BankImageRepository images, BankAccess access) {
        this.questions = questions;
        this.topics = topics;
        this.images = images;
        this.access = access;
    }

    /**
     * An image of the bank as a file of an export: named {@code <id>.<png|jpg|gif|webp>}, which the questions'
     * {@code image:<id>} is rewritten to. Empty for an image of another bank.
     */
    @Transactional(readOnly = true)
    public Optional<ImportMedia> image(long bankId, long imageId) {
        access.readable(bankId);
        return images.findById(imageId)
                .filter(i -> i.getBankId() == bankId)
                .map(i -> new ImportMedia(imageName(imageId, i.getMediaType()), i.getBytes()));
    }

    /** The file name an export gives an image. */
    public static String imageName(long imageId, String mediaType) {
        String ext = switch (mediaType) {
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            default -> "png";
        };
        return "image-" + imageId + "." + ext;
    }

    /** The bank's live questions by topic and id, with their keys; refused unless the caller may read the bank. */
    @Transactional(readOnly = true)
    public List<KeyedQuestion> questions(long bankId) {
        access.readable(bankId);
        return questions
                .searchFull(
                        Set.of(bankId),
                        false,
                        true,
                        List.of(""),
                        null,
                        null,
                        null,
                        true,
                        List.of(""),
                        PageRequest.of(0, Integer.MAX_VALUE))
                .stream()
                .map(e -> new KeyedQuestion(
                        BankService.stored(e).question(), e.getBankKey(), e.getNoteKey(), e.getRevision()))
                .toList();
    }

    /**
     * Whether the caller owns the bank: a bank of their own, not one they co-edit or may edit as an admin (a
     * learner's own review history goes only there).
     */
    @Transactional(readOnly = true)
    public boolean ownedByCaller(long bankId) {
        long me = access.me().id();
        return access.bank(bankId)
                .filter(b -> !b.builtIn() && !b.retired())
                .map(b -> b.ownerId() != null && b.ownerId() == me)
                .orElse(false);
    }

    /** The ids of every question of a bank the caller may read, retired ones too. */
    @Transactional(readOnly = true)
    public Set<String> questionIds(long bankId) {
        access.readable(bankId);
        return Set.copyOf(questions.idsOf(bankId));
    }

    /** The bank's live topics, by their order and id. */
    @Transactional(readOnly = true)
    public List<Topic> topics(long bankId) {
        access.readable(bankId);
        return topics.findByBankIdInAndRetiredFalse(Set.of(bankId)).stream()
                .map(TopicEntity::toTopic)
                .sorted(Comparator.comparingInt(Topic::order).thenComparing(Topic::id))
                .toList();
    }
}
