package org.quiztrainer.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Role;
import org.quiztrainer.cluster.SharedVersions;
import org.quiztrainer.cluster.VersionedValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question banks: loads the built-in bank's folder into the database (at start-up and when an admin asks)
 * and answers the questions of the browser and of the other features, across the banks the caller may read
 * (docs/banks.md); a bank or question the caller may not read is as if it did not exist.
 *
 * <p>Who sees what: the browsing methods ({@link #browse}, {@link #browseCount}, {@link #preview}) are for
 * views and apply the answer-key rule to the caller: a learner browses every question except those a quiz
 * holds back from them, and sees a question's answer and explanation only once they answered it;
 * instructors and admins see everything. Exports are for instructors and admins. {@link #find},
 * {@link #count}, {@link #question} and {@link #history} are for the other features' services, which apply
 * their own rules (ArchitectureTest keeps views from calling them).
 *
 * <p>A load reads and validates every file first; with any problem nothing is written, the app keeps
 * serving what the database holds, and the report is kept for admins.
 */
@Service
public class BankService {

    /** The name of the bank's shared version: bumped by every load that writes, read by every cache of bank data. */
    public static final String VERSION = "bank";

    private final BankLoader loader;
    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final QuestionRevisionRepository revisions;
    private final CurrentUser currentUser;
    private final LearnerAccess learners;
    private final BankAccess access;
    private final Path path;
    private final VersionedValue<Map<String, Unit>> units;

    BankService(
            BankLoader loader,
            QuestionRepository questions,
            TopicRepository topics,
            QuestionRevisionRepository revisions,
            UnitRepository storedUnits,
            SharedVersions versions,
            CurrentUser currentUser,
            LearnerAccess learners,
            BankAccess access,
            @Value("${app.bank.path:questions}") String path) {
        this.loader = loader;
        this.questions = questions;
        this.topics = topics;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.learners = learners;
        this.access = access;
        this.path = Path.of(path);
        this.units = versions.value(
                VERSION,
                () -> storedUnits.findAll().stream()
                        .map(e -> QuestionCodec.decodeUnit(e.getContent()))
                        .collect(Collectors.toUnmodifiableMap(Unit::id, u -> u)));
    }

    /**
     * Loads the bank folder of {@code app.bank.path}; called at start-up, before any user. One node at a
     * time; a node whose folder holds what the database already has writes nothing.
     */
    LoadReport loadAtStartup() {
        return loader.load(path, true);
    }

    /** Reads the bank folder again and writes what changed. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public LoadReport reload() {
        return load(path);
    }

    /** The report of the last load, by whichever node made it, if there was one. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<LoadReport> lastReport() {
        return loader.lastReport();
    }

    LoadReport load(Path folder) {
        return loader.load(folder, false);
    }

    /** A unit of numeric answers, by id, as stored by the last valid load (of any node). */
    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get().get(id));
    }

    /**
     * The banks of a scope: the given ones the caller may read or draw from (an assignment's banks for its
     * learners), or the caller's own banks (the built-in bank, those they own or co-edit, those shared with their
     * classes) when none are given.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> drawable(Collection<Long> bankIds) {
        return access.scope(bankIds);
    }

    /** The bank of each of the given topics the caller may read; unknown topics are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Long> topicBanks(Collection<String> topicIds) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        AppUserDetails me = access.me();
        topics.findAllById(topicIds).stream()
                .filter(t -> access.bank(t.getBankId())
                        .map(b -> access.mayRead(me, b))
                        .orElse(false))
                .forEach(t -> out.put(t.getId(), t.getBankId()));
        return out;
    }

    /** The topics (not retired) of the caller's own banks, in no particular order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Topic> topics() {
        return topicsOf(access.scope(Set.of()));
    }

    /** The topics (not retired) of the given banks the caller may read or draw from, in no particular order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Topic> topics(Collection<Long> bankIds) {
        return bankIds.isEmpty() ? List.of() : topicsOf(access.scope(bankIds));
    }

    private List<Topic> topicsOf(Collection<Long> bankIds) {
        if (bankIds.isEmpty()) {
            return List.of();
        }
        return topics.findByBankIdInAndRetiredFalse(bankIds).stream()
                .map(TopicEntity::toTopic)
                .toList();
    }

    /**
     * A page of the questions matching the filter that the caller may browse, ordered by topic and id: for a
     * learner, all but those a quiz holds back from them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuestionSummary> browse(QuestionFilter filter, int offset, int limit) {
        return page(filter, withheld(), offset, limit);
    }

    /** How many questions matching the filter the caller may browse. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long browseCount(QuestionFilter filter) {
        return count(filter, withheld());
    }

    /**
     * A question as the caller may see it in the browser. Instructors and admins see its answer and
     * explanation; a learner sees them only for a question they answered or of a bank they own or co-edit; a
     * learner gets nothing for a question a quiz holds back from them, nor for a retired one, nor for one of a
     * bank they may not read.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BrowsedQuestion> preview(String id) {
        AppUserDetails me = currentUser.require();
        Optional<StoredQuestion> stored = question(id);
        if (me.role() != Role.LEARNER) {
            return stored.map(q -> BrowsedQuestion.of(q, true));
        }
        return stored.filter(q -> !q.retired())
                .filter(q -> !learners.withheld(me.id()).contains(id))
                .map(q -> BrowsedQuestion.of(q, learners.hasAnswered(me.id(), id) || edits(me, q.bankId())));
    }

    private Set<String> withheld() {
        AppUserDetails me = currentUser.require();
        return me.role() == Role.LEARNER ? learners.withheld(me.id()) : Set.of();
    }

    /** Whether the caller owns or co-edits the bank (and so wrote its keys). */
    private boolean edits(AppUserDetails me, long bankId) {
        return access.bank(bankId).map(b -> access.mayEdit(me, b)).orElse(false);
    }

    private boolean uses(AppUserDetails me, long bankId) {
        return access.bank(bankId).map(b -> access.mayUse(me, b)).orElse(false);
    }

    /**
     * A page of the questions matching the filter, in the banks it names (or the caller's own), by bank, topic
     * and id; for services.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuestionSummary> find(QuestionFilter filter, int offset, int limit) {
        return page(filter, Set.of(), offset, limit);
    }

    private List<QuestionSummary> page(QuestionFilter filter, Set<String> excluded, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query q = query(filter);
        if (q.banks.isEmpty()) {
            return List.of();
        }
        boolean aligned = offset % limit == 0;
        PageRequest page = aligned ? PageRequest.of(offset / limit, limit) : PageRequest.of(0, offset + limit);
        List<QuestionRow> rows = questions.search(
                q.banks,
                q.withRetired,
                q.all,
                q.topics,
                q.type,
                q.tag,
                q.words,
                excluded.isEmpty(),
                excludedParam(excluded),
                page);
        return summaries(aligned ? rows : rows.subList(Math.min(offset, rows.size()), rows.size()));
    }

    /** How many live questions match the filter; for services. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(QuestionFilter filter) {
        return count(filter, Set.of());
    }

    private long count(QuestionFilter filter, Set<String> excluded) {
        Query q = query(filter);
        if (q.banks.isEmpty()) {
            return 0;
        }
        return questions.countMatches(
                q.banks,
                q.withRetired,
                q.all,
                q.topics,
                q.type,
                q.tag,
                q.words,
                excluded.isEmpty(),
                excludedParam(excluded));
    }

    /** A query parameter for the excluded ids (never empty, which not every database takes in an IN list). */
    private static Collection<String> excludedParam(Set<String> excluded) {
        return excluded.isEmpty() ? List.of("") : excluded;
    }

    /** Every tag in use in the caller's own banks, sorted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> tags() {
        return tagsOf(access.scope(Set.of()));
    }

    /** Every tag in use in the given banks the caller may read or draw from, sorted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> tags(Collection<Long> bankIds) {
        return bankIds.isEmpty() ? List.of() : tagsOf(access.scope(bankIds));
    }

    private List<String> tagsOf(Collection<Long> bankIds) {
        if (bankIds.isEmpty()) {
            return List.of();
        }
        Set<String> tags = new TreeSet<>();
        questions.allTagLists(bankIds).forEach(list -> tags.addAll(List.of(list.split(",", -1))));
        tags.remove("");
        return List.copyOf(tags);
    }

    /**
     * A question with its revision and its key, retired or not; a card compares the revision to notice a
     * change. Empty for a question the caller may not read (a bank they may not read, and no card, attempt or
     * assignment of theirs holds it), as for one that does not exist. For the other features' services (also
     * without a caller, as when a submitted quiz enters the memory model: then no bank check); views use
     * {@link #preview}.
     */
    @Transactional(readOnly = true)
    public Optional<StoredQuestion> question(String id) {
        return questions.findById(id).filter(this::readable).map(BankService::stored);
    }

    /**
     * A question as it was at a revision (what an attempt showed), or as it is now when that revision is the
     * current one or unknown (0). For services, as {@link #question(String)}.
     */
    @Transactional(readOnly = true)
    public Optional<StoredQuestion> question(String id, int revision) {
        Optional<QuestionEntity> current = questions.findById(id).filter(this::readable);
        if (current.isEmpty() || revision <= 0 || revision == current.get().getRevision()) {
            return current.map(BankService::stored);
        }
        return revisions
                .findById(new QuestionRevisionEntity.Key(id, revision))
                .map(r -> new StoredQuestion(
                        QuestionCodec.decode(r.getContent(), new Location("", 0)),
                        r.getRevision(),
                        current.get().isRetired(),
                        r.getCreatedAt(),
                        current.get().getBankId()))
                .or(() -> current.map(BankService::stored));
    }

    /** Whether the caller may read the question; a call without a caller is the system's own work. */
    private boolean readable(QuestionEntity e) {
        if (e.getBankId() == Bank.BUILT_IN) {
            return true;
        }
        return currentUser
                .find()
                .map(me -> access.mayReadQuestion(me, e.getBankId(), e.getId()))
                .orElse(true);
    }

    static StoredQuestion stored(QuestionEntity e) {
        return new StoredQuestion(
                QuestionCodec.decode(e.getContent(), new Location("", 0)),
                e.getRevision(),
                e.isRetired(),
                e.getChangedAt(),
                e.getBankId());
    }

    /**
     * Every version of a question the caller may read, with its key, oldest first. For instructors and admins,
     * and for a learner who owns or co-edits the question's bank (they wrote the keys); other learners are refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StoredQuestion> history(String id) {
        AppUserDetails me = currentUser.require();
        Optional<QuestionEntity> current = questions.findById(id).filter(this::readable);
        if (me.role() == Role.LEARNER
                && current.map(e -> !edits(me, e.getBankId())).orElse(true)) {
            throw new AccessDeniedException("Revisions of a question are for its bank's editors");
        }
        if (current.isEmpty()) {
            return List.of();
        }
        long bankId = current.get().getBankId();
        return revisions.findByQuestionIdOrderByRevision(id).stream()
                .map(r -> new StoredQuestion(
                        QuestionCodec.decode(r.getContent(), new Location("", 0)),
                        r.getRevision(),
                        false,
                        r.getCreatedAt(),
                        bankId))
                .toList();
    }

    /**
     * The questions matching the filter, in full with their keys, for export: only from the banks whose answers the
     * caller may see (those they edit, and for staff those they may use in assignments); a learner exports only the
     * banks they own or co-edit, and is refused when the filter covers none of them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Question> export(QuestionFilter filter) {
        AppUserDetails me = currentUser.require();
        Query q = query(filter);
        Set<Long> banks = q.banks.stream()
                .filter(b -> me.role() == Role.LEARNER ? edits(me, b) : edits(me, b) || uses(me, b))
                .collect(Collectors.toUnmodifiableSet());
        if (me.role() == Role.LEARNER && banks.isEmpty()) {
            throw new AccessDeniedException("A learner exports only the banks they edit");
        }
        if (banks.isEmpty()) {
            return List.of();
        }
        return questions
                .searchFull(
                        banks,
                        q.withRetired,
                        q.all,
                        q.topics,
                        q.type,
                        q.tag,
                        q.words,
                        true,
                        List.of(""),
                        PageRequest.of(0, Integer.MAX_VALUE))
                .stream()
                .map(e -> QuestionCodec.decode(e.getContent(), new Location("", 0)))
                .toList();
    }

    /**
     * The rows of a list as summaries: a cloze card's text with its deletions hidden, as everywhere a learner
     * reads it (its stored text holds the answers), and as plain text.
     */
    private List<QuestionSummary> summaries(List<QuestionRow> rows) {
        List<String> cloze = rows.stream()
                .filter(r -> QuestionType.CLOZE.code().equals(r.questionType()))
                .map(QuestionRow::id)
                .toList();
        Map<String, LocalizedText> shown = cloze.isEmpty()
                ? Map.of()
                : questions.findAllById(cloze).stream().collect(Collectors.toMap(QuestionEntity::getId, e -> {
                    Question q = QuestionCodec.decode(e.getContent(), new Location("", 0));
                    return q.html() ? PlainContent.plain(q.shownText()) : q.shownText();
                }));
        return rows.stream()
                .map(r -> {
                    QuestionSummary s = r.toSummary();
                    LocalizedText text = shown.get(r.id());
                    return text == null ? s : s.withText(text);
                })
                .toList();
    }

    private record Query(
            Set<Long> banks,
            boolean withRetired,
            boolean all,
            Collection<String> topics,
            String type,
            String tag,
            String words) {}

    private Query query(QuestionFilter f) {
        Set<Long> banks = access.scope(f.banks());
        Collection<String> scope = f.topicId()
                .<Collection<String>>map(t -> withDescendants(t, banks))
                .orElse(List.of(""));
        return new Query(
                banks,
                f.withRetired(),
                f.topicId().isEmpty(),
                scope,
                f.type().map(QuestionType::code).orElse(null),
                f.tag().map(t -> "%," + t + ",%").orElse(null),
                f.words()
                        .map(w -> "%" + w.toLowerCase(java.util.Locale.ROOT) + "%")
                        .orElse(null));
    }

    /** The topic and its descendants, if it belongs to one of the banks; otherwise nothing matches. */
    private Set<String> withDescendants(String topicId, Set<Long> banks) {
        Optional<TopicEntity> root = topics.findById(topicId).filter(t -> banks.contains(t.getBankId()));
        if (root.isEmpty()) {
            return Set.of("");
        }
        List<TopicEntity> all = topics.findByBankId(root.get().getBankId());
        Set<String> scope = new HashSet<>(Set.of(topicId));
        boolean grew = true;
        while (grew) {
            List<String> more = new ArrayList<>();
            for (TopicEntity t : all) {
                String parent = t.getParentId();
                if (parent != null && scope.contains(parent) && !scope.contains(t.getId())) {
                    more.add(t.getId());
                }
            }
            grew = scope.addAll(more);
        }
        return scope;
    }
}
