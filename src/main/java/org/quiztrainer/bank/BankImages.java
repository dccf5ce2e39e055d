package org.quiztrainer.bank;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quiztrainer.account.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images of banks, kept in the database so every node serves them. An editor of a bank uploads them (PNG, JPEG,
 * GIF or WebP, told by their bytes, at most 2 MB); a formatted text refers to one as {@code image:<id>} and is shown
 * with the URL {@code bank-image/<id>/<h>}, where {@code h} is the start of the image's SHA-256: whoever was shown
 * the question (its bank, an attempt, a card) has the URL, and an id alone opens nothing.
 */
@Service
public class BankImages {

    /** How many hex digits of the SHA-256 an image URL carries (64 bits). */
    static final int URL_HASH = 16;

    private final BankImageRepository images;
    private final BankAccess access;
    private final Clock clock;
    private final Map<Long, String> hashes = new ConcurrentHashMap<>();

    BankImages(BankImageRepository images, BankAccess access, Clock clock) {
        this.images = images;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Adds an image to a bank the caller edits and returns its id (the id of the same image when the bank already
     * has it). Refused with a message on the field {@code image} when the bytes are not a PNG, JPEG, GIF or WebP
     * image or larger than 2 MB.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long add(long bankId, String fileName, byte[] bytes) {
        access.editable(bankId);
        return store(bankId, fileName, bytes, access.me().id());
    }

    /** Stores a checked image for a bank whose editing was checked by the caller. */
    long store(long bankId, String fileName, byte[] bytes, Long by) {
        ImageCheck.Result result = ImageCheck.check(bytes);
        if (result.refusal().isPresent()) {
            throw new InvalidInputException(Map.of(
                    "image", "bank.image.error." + refusal(result.refusal().get())));
        }
        ImageCheck.Checked image = result.image().orElseThrow();
        String name = fileName == null || fileName.isBlank() ? "image" : clip(fileName.strip());
        return images.findByBankIdAndSha256(bankId, image.sha256())
                .orElseGet(() -> images.save(new BankImageEntity(bankId, image, name, by, clock.instant())))
                .getId();
    }

    /**
     * The id the bank already has for these bytes, or empty when storing them would add an image; refused as
     * {@link #store} refuses. Writes nothing (an import's preview).
     */
    Optional<Long> existing(long bankId, byte[] bytes) {
        ImageCheck.Result result = ImageCheck.check(bytes);
        if (result.refusal().isPresent()) {
            throw new InvalidInputException(Map.of(
                    "image", "bank.image.error." + refusal(result.refusal().get())));
        }
        return bankId == QuestionWriter.UNSAVED
                ? Optional.empty()
                : images.findByBankIdAndSha256(
                                bankId, result.image().orElseThrow().sha256())
                        .map(BankImageEntity::getId);
    }

    static String refusal(ImageCheck.Refusal r) {
        return switch (r) {
            case EMPTY -> "empty";
            case TOO_LARGE -> "too-large";
            case NOT_AN_IMAGE -> "not-an-image";
        };
    }

    private static String clip(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() <= 200 ? base : base.substring(0, 200);
    }

    /** The image with that id and URL hash, for anyone signed in who was shown its URL. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BankImage> image(long id, String urlHash) {
        return images.findById(id)
                .filter(e -> hash(e).equals(urlHash))
                .map(e -> new BankImage(e.getId(), e.getBankId(), e.getMediaType(), e.getBytes()));
    }

    /** The URL of an image, relative to the app's root; empty for an unknown id. */
    public String url(long id) {
        String h = hashes.computeIfAbsent(
                id, k -> images.findById(k).map(BankImages::hash).orElse(""));
        if (h.isEmpty()) {
            hashes.remove(id);
            return "";
        }
        return "bank-image/" + id + "/" + h;
    }

    private static String hash(BankImageEntity e) {
        return e.getSha256().substring(0, URL_HASH);
    }
}
