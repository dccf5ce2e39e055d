package org.quiztrainer.bank;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.bank.parse.BankReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question banks: loads the built-in bank's folder into the database (at start-up and when an admin asks)
 * and answers the questions of the browser and of the other features, across the banks the caller may read
 * (docs/banks.md); a bank or question the caller may not read is as if it did not exist.
 *
 * <p>A load reads and validates every file first; with any problem nothing is written, the app keeps
 * serving what the database holds, and the report is kept for admins.
 */
@Service
public class BankService {

    private static final Logger LOG = LoggerFactory.getLogger(BankService.class);

    private final BankSync sync;
    private final QuestionRepository questions;
    private final TopicRepository topics;
    private final QuestionRevisionRepository revisions;
    private final UnitRepository storedUnits;
    private final BankAccess access;
    private final Clock clock;
    private final Path path;
    private volatile LoadReport lastReport;
    private volatile Map<String, Unit> units = Map.of();

    BankService(
            BankSync sync,
            QuestionRepository questions,
            TopicRepository topics,
            QuestionRevisionRepository revisions,
            UnitRepository storedUnits,
            BankAccess access,
            ObjectProvider<Clock> clock,
            @Value("${app.bank.path:questions}") String path) {
        this.sync = sync;
        this.questions = questions;
        this.topics = topics;
        this.revisions = revisions;
        this.storedUnits = storedUnits;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.path = Path.of(path);
    }

    /** Loads the bank folder of {@code app.bank.path}; called at start-up, before any user. */
    LoadReport loadAtStartup() {
        return load(path);
    }

    /** Reads the bank folder again and writes what changed. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public LoadReport reload() {
        return load(path);
    }

    /** The report of the last load, if there was one. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<LoadReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    synchronized LoadReport load(Path folder) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        BankLoadResult result = BankReader.read(folder);
        Optional<SyncResult> written = result.bank().map(bank -> sync.sync(bank, start));
        int count = result.bank().map(b -> b.questions().size()).orElse(0);
        LoadReport report = new LoadReport(
                start, folder.toString(), result.problems(), written, count, Duration.ofNanos(System.nanoTime() - t0));
        lastReport = report;
        result.bank()
                .ifPresent(bank -> units =
                        bank.units().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Unit::id, u -> u)));
        if (report.isSuccess()) {
            SyncResult s = written.get();
            LOG.info(
                    "Question bank {}: {} questions, {} added, {} changed, {} retired, in {} ms",
                    folder,
                    count,
                    s.added().size(),
                    s.changed().size(),
                    s.retired().size(),
                    report.took().toMillis());
        } else {
            LOG.warn(
                    "Question bank {} has {} problems; nothing written. First: {}",
                    folder,
                    report.problems().size(),
                    report.problems().get(0));
        }
        return report;
    }

    /**
     * A unit of numeric answers from the last valid load, by id; after a restart with question files
     * that do not validate, the units stored by the last valid load.
     */
    public Optional<Unit> unit(String id) {
        Map<String, Unit> known = units;
        if (known.isEmpty()) {
            known = storedUnits.findAll().stream()
                    .map(e -> QuestionCodec.decodeUnit(e.getContent()))
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(Unit::id, u -> u));
            units = known;
        }
        return Optional.ofNullable(known.get(id));
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

    /** A page of the questions matching the filter, in the banks it names (or the caller's own), by topic and id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuestionSummary> find(QuestionFilter filter, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query q = query(filter);
        if (q.banks.isEmpty()) {
            return List.of();
        }
        boolean aligned = offset % limit == 0;
        PageRequest page = aligned ? PageRequest.of(offset / limit, limit) : PageRequest.of(0, offset + limit);
        List<QuestionRow> rows =
                questions.search(q.banks, q.withRetired, q.all, q.topics, q.type, q.tag, q.words, page);
        return (aligned ? rows : rows.subList(Math.min(offset, rows.size()), rows.size()))
                .stream().map(QuestionRow::toSummary).toList();
    }

    /** How many questions match the filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(QuestionFilter filter) {
        Query q = query(filter);
        if (q.banks.isEmpty()) {
            return 0;
        }
        return questions.countMatches(q.banks, q.withRetired, q.all, q.topics, q.type, q.tag, q.words);
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
     * A question with its revision, retired or not; a card compares the revision to notice a change. Empty for a
     * question the caller may not read (a bank they may not read, and no card, attempt or assignment of theirs
     * holds it), as for one that does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredQuestion> question(String id) {
        return questions.findById(id).filter(this::readable).map(BankService::stored);
    }

    /**
     * A question as it was at a revision (what an attempt showed), or as it is now when that revision is the
     * current one or unknown (0).
     */
    @PreAuthorize("isAuthenticated()")
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

    private boolean readable(QuestionEntity e) {
        return e.getBankId() == Bank.BUILT_IN || access.mayReadQuestion(access.me(), e.getBankId(), e.getId());
    }

    static StoredQuestion stored(QuestionEntity e) {
        return new StoredQuestion(
                QuestionCodec.decode(e.getContent(), new Location("", 0)),
                e.getRevision(),
                e.isRetired(),
                e.getChangedAt(),
                e.getBankId());
    }

    /** Every version of a question the caller may read, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StoredQuestion> history(String id) {
        Optional<QuestionEntity> current = questions.findById(id).filter(this::readable);
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
     * The questions matching the filter, in full, for export: only from the banks whose answers the caller may see
     * (those they edit, and those they may use in assignments); the others are left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Question> export(QuestionFilter filter) {
        AppUserDetails me = access.me();
        Set<Long> allowed = access.scope(filter.banks()).stream()
                .filter(id -> access.bank(id)
                        .map(b -> access.mayEdit(me, b) || access.mayUse(me, b))
                        .orElse(false))
                .collect(java.util.stream.Collectors.toSet());
        if (allowed.isEmpty()) {
            return List.of();
        }
        Query q = query(filter.inBanks(allowed));
        return questions
                .searchFull(
                        q.banks,
                        q.withRetired,
                        q.all,
                        q.topics,
                        q.type,
                        q.tag,
                        q.words,
                        PageRequest.of(0, Integer.MAX_VALUE))
                .stream()
                .map(e -> QuestionCodec.decode(e.getContent(), new Location("", 0)))
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
