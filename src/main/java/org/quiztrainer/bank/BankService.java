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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank: loads the bank folder into the database (at start-up and when an admin asks)
 * and answers the questions of the browser and of the other features.
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
            @Value("${app.bank.path:questions}") String path) {
        this.loader = loader;
        this.questions = questions;
        this.topics = topics;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.learners = learners;
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

    /** The topics being served (not retired), in no particular order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Topic> topics() {
        return topics.findAll().stream()
                .filter(t -> !t.isRetired())
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
     * explanation; a learner sees them only for a question they answered; a learner gets nothing for a
     * question a quiz holds back from them, nor for a retired one.
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
                .map(q -> BrowsedQuestion.of(q, learners.hasAnswered(me.id(), id)));
    }

    private Set<String> withheld() {
        AppUserDetails me = currentUser.require();
        return me.role() == Role.LEARNER ? learners.withheld(me.id()) : Set.of();
    }

    /** A page of the live questions matching the filter, ordered by topic and id; for services. */
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
        boolean aligned = offset % limit == 0;
        PageRequest page = aligned ? PageRequest.of(offset / limit, limit) : PageRequest.of(0, offset + limit);
        List<QuestionEntity> rows = questions.search(
                q.all, q.topics, q.type, q.tag, q.words, excluded.isEmpty(), excludedParam(excluded), page);
        return (aligned ? rows : rows.subList(Math.min(offset, rows.size()), rows.size()))
                .stream().map(BankService::summary).toList();
    }

    /** How many live questions match the filter; for services. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(QuestionFilter filter) {
        return count(filter, Set.of());
    }

    private long count(QuestionFilter filter, Set<String> excluded) {
        Query q = query(filter);
        return questions.countMatches(
                q.all, q.topics, q.type, q.tag, q.words, excluded.isEmpty(), excludedParam(excluded));
    }

    /** A query parameter for the excluded ids (never empty, which not every database takes in an IN list). */
    private static Collection<String> excludedParam(Set<String> excluded) {
        return excluded.isEmpty() ? List.of("") : excluded;
    }

    /** Every tag in use, sorted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> tags() {
        Set<String> tags = new TreeSet<>();
        questions.allTagLists().forEach(list -> tags.addAll(List.of(list.split(","))));
        tags.remove("");
        return List.copyOf(tags);
    }

    /**
     * A question with its revision and its key, retired or not; a card compares the revision to notice a
     * change. For the other features' services (also without a caller, as when a submitted quiz enters the
     * memory model); views use {@link #preview}.
     */
    @Transactional(readOnly = true)
    public Optional<StoredQuestion> question(String id) {
        return questions
                .findById(id)
                .map(e -> new StoredQuestion(
                        QuestionCodec.decode(e.getContent(), new Location("", 0)),
                        e.getRevision(),
                        e.isRetired(),
                        e.getChangedAt()));
    }

    /** Every version of a question with its key, oldest first. Instructors and admins only. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<StoredQuestion> history(String id) {
        return revisions.findByQuestionIdOrderByRevision(id).stream()
                .map(r -> new StoredQuestion(
                        QuestionCodec.decode(r.getContent(), new Location("", 0)),
                        r.getRevision(),
                        false,
                        r.getCreatedAt()))
                .toList();
    }

    /** The questions matching the filter, in full with their keys, for export. Instructors and admins only. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Question> export(QuestionFilter filter) {
        Query q = query(filter);
        return questions
                .search(
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

    /** A row of a list: a cloze card's text with its deletions hidden, as everywhere a learner reads it. */
    private static QuestionSummary summary(QuestionEntity e) {
        QuestionType type = QuestionType.fromCode(e.getQuestionType()).orElseThrow();
        LocalizedText text = type == QuestionType.CLOZE
                ? QuestionCodec.decode(e.getContent(), new Location("", 0)).shownText()
                : new LocalizedText(e.getTextZh(), e.getTextEn());
        return new QuestionSummary(e.getId(), e.getTopicId(), type, text, e.getRevision());
    }

    private record Query(boolean all, Collection<String> topics, String type, String tag, String words) {}

    private Query query(QuestionFilter f) {
        Collection<String> scope =
                f.topicId().<Collection<String>>map(this::withDescendants).orElse(List.of(""));
        return new Query(
                f.topicId().isEmpty(),
                scope,
                f.type().map(QuestionType::code).orElse(null),
                f.tag().map(t -> "%," + t + ",%").orElse(null),
                f.words()
                        .map(w -> "%" + w.toLowerCase(java.util.Locale.ROOT) + "%")
                        .orElse(null));
    }

    private Set<String> withDescendants(String topicId) {
        List<TopicEntity> all = topics.findAll();
        Set<String> scope = new HashSet<>(Set.of(topicId));
        boolean grew = true;
        while (grew) {
            List<String> more = new ArrayList<>();
            for (TopicEntity t : all) {
                String parent = t.toTopic().parentId();
                if (parent != null && scope.contains(parent) && !scope.contains(t.getId())) {
                    more.add(t.getId());
                }
            }
            grew = scope.addAll(more);
        }
        return scope;
    }
}
