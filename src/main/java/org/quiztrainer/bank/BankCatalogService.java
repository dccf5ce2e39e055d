package org.quiztrainer.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.UserName;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The banks: which ones the caller may see, study, use and edit; creating a bank (anyone signed in), and its
 * owner (or an admin) changing its settings, sharing and co-editors, or deleting it (retired: its questions keep
 * their history). Topics are {@link TopicEditorService}'s.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BankCatalogService {

    private final BankRepository banks;
    private final BankEditorRepository editors;
    private final BankShareRepository shares;
    private final QuestionRepository questions;
    private final BankAccess access;
    private final BankSettingsCheck check;
    private final AccountService accounts;
    private final Clock clock;

    BankCatalogService(
            BankRepository banks,
            BankEditorRepository editors,
            BankShareRepository shares,
            QuestionRepository questions,
            BankAccess access,
            BankSettingsCheck check,
            AccountService accounts,
            Clock clock) {
        this.banks = banks;
        this.editors = editors;
        this.shares = shares;
        this.questions = questions;
        this.access = access;
        this.check = check;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Every bank the caller may read, the built-in one first, then their own banks, then the rest by id: an admin
     * sees every bank that is not deleted.
     */
    @Transactional(readOnly = true)
    public List<BankSummary> banks() {
        AppUserDetails me = access.me();
        Set<Long> ids = new LinkedHashSet<>(access.defaultBanks(me));
        ids.addAll(BankAccess.admin(me) ? banks.liveIds() : banks.findIdsByVisibility(Visibility.PUBLIC));
        return summaries(ids, me);
    }

    /** The banks the caller may study (their own, shared with their classes, public). */
    @Transactional(readOnly = true)
    public List<BankSummary> studyBanks() {
        return banks().stream().filter(BankSummary::mayStudy).toList();
    }

    /** The banks the caller may use in assignments (own, co-edited, public; all for an admin). */
    @Transactional(readOnly = true)
    public List<BankSummary> usableBanks() {
        return banks().stream().filter(BankSummary::mayUse).toList();
    }

    /** The ids of the banks the caller may use in assignments. */
    @Transactional(readOnly = true)
    public Set<Long> usableBankIds() {
        AppUserDetails me = access.me();
        Set<Long> ids = new LinkedHashSet<>(access.defaultBanks(me));
        ids.addAll(BankAccess.admin(me) ? banks.liveIds() : banks.findIdsByVisibility(Visibility.PUBLIC));
        return ids.stream()
                .filter(id -> access.bank(id).map(b -> access.mayUse(me, b)).orElse(false))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The ids of the caller's own banks: what a study scope without banks covers. */
    @Transactional(readOnly = true)
    public List<Long> defaultBanks() {
        return access.defaultBanks(access.me());
    }

    /** One bank the caller may read. */
    @Transactional(readOnly = true)
    public BankSummary bank(long bankId) {
        access.readable(bankId);
        return summaries(List.of(bankId), access.me()).get(0);
    }

    /** Creates a bank owned by the caller; refused with a message per bad field. */
    @Transactional
    public Bank create(BankSettings settings) {
        AppUserDetails me = access.me();
        Map<String, UserName> people = check.check(settings, me, null);
        BankEntity fresh = new BankEntity(me.id(), clock.instant());
        fresh.update(settings, clock.instant());
        BankEntity e = banks.save(fresh);
        writeShares(e.getId(), settings, people, me.id());
        access.forgetAfterCommit();
        return access.toBank(e);
    }

    /**
     * Changes a bank's settings (its owner or an admin), refused when someone else changed them since
     * {@code version} ({@link org.springframework.orm.ObjectOptimisticLockingFailureException}).
     */
    @Transactional
    public Bank update(long bankId, BankSettings settings, long version) {
        Bank b = access.manageable(bankId);
        Map<String, UserName> people = check.check(settings, access.me(), b);
        BankEntity e = banks.findById(bankId).orElseThrow();
        if (e.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(BankEntity.class, bankId);
        }
        e.update(settings, clock.instant());
        editors.deleteAll(editors.findByBankId(bankId));
        shares.deleteAll(shares.findByBankId(bankId));
        editors.flush();
        shares.flush();
        writeShares(bankId, settings, people, b.ownerId() == null ? -1 : b.ownerId());
        banks.flush();
        access.forgetAfterCommit();
        return access.toBank(e);
    }

    /** Deletes a bank (its owner or an admin): it and its questions leave every list and study; history stays. */
    @Transactional
    public void retire(long bankId) {
        access.manageable(bankId);
        banks.findById(bankId).orElseThrow().retire(clock.instant());
        access.forgetAfterCommit();
    }

    /** The classes the caller may share a bank with: those they teach (every class for an admin). */
    @Transactional(readOnly = true)
    public List<BankClasses.ClassRef> shareableClasses() {
        AppUserDetails me = access.me();
        return check.shareable(me);
    }

    /** The names of the co-editors and classes of a bank the caller may manage, for its settings form. */
    @Transactional(readOnly = true)
    public Sharing sharing(long bankId) {
        Bank b = access.manageable(bankId);
        Map<Long, UserName> names = accounts.names(b.editorIds());
        return new Sharing(
                names.values().stream().map(UserName::username).sorted().toList(), check.classNames(b.classIds()));
    }

    /**
     * Who a bank is shared with, by name.
     *
     * @param editors the co-editors' usernames
     * @param classes the classes' names by id
     */
    public record Sharing(List<String> editors, Map<Long, String> classes) {}

    private void writeShares(long bankId, BankSettings s, Map<String, UserName> people, long ownerId) {
        for (UserName u : people.values()) {
            if (u.id() != ownerId) {
                editors.save(new BankEditorEntity(bankId, u.id()));
            }
        }
        if (s.visibility() == Visibility.CLASSES) {
            s.classIds().forEach(c -> shares.save(new BankShareEntity(bankId, c)));
        }
    }

    private List<BankSummary> summaries(Collection<Long> ids, AppUserDetails me) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            questions.countLive(ids).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        List<Bank> list = ids.stream()
                .map(access::bank)
                .flatMap(Optional::stream)
                .filter(b -> access.mayRead(me, b))
                .toList();
        Map<Long, UserName> owners = accounts.names(
                list.stream().map(Bank::ownerId).filter(o -> o != null).collect(Collectors.toSet()));
        List<BankSummary> out = new ArrayList<>();
        for (Bank b : list) {
            String owner = b.ownerId() == null
                    ? ""
                    : Optional.ofNullable(owners.get(b.ownerId()))
                            .map(UserName::displayName)
                            .orElse("");
            out.add(new BankSummary(
                    b,
                    owner,
                    counts.getOrDefault(b.id(), 0L),
                    access.mayEdit(me, b),
                    access.mayManage(me, b),
                    access.mayUse(me, b),
                    access.mayStudy(me, b)));
        }
        return out;
    }
}
