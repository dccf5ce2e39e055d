package org.quiztrainer.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Role;
import org.quiztrainer.cluster.SharedVersions;
import org.quiztrainer.cluster.VersionedCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a bank (docs/banks.md): admins anything; the owner and co-editors edit (the built-in bank
 * is read-only in the app); the owner manages settings and sharing; an instructor uses a bank in assignments if
 * they own it, co-edit it, or it is public; anyone studies a bank that is theirs, shared with one of their classes,
 * or public. A bank the caller may not use is refused the same way whether it exists or not.
 */
@Component
class BankAccess {

    /** The name of the shared version of bank settings (visibility, shares, co-editors, retired). */
    static final String VERSION = "bank.settings";

    /** Banks whose settings are cached at most. */
    static final int MAX_BANKS = 2000;

    private final SharedVersions versions;
    private final BankRepository banks;
    private final BankEditorRepository editors;
    private final BankShareRepository shares;
    private final ObjectProvider<BankClasses> classes;
    private final ObjectProvider<QuestionGrants> grants;
    private final CurrentUser currentUser;
    private final VersionedCache<Long, Bank> cache;

    BankAccess(
            BankRepository banks,
            BankEditorRepository editors,
            BankShareRepository shares,
            ObjectProvider<BankClasses> classes,
            ObjectProvider<QuestionGrants> grants,
            CurrentUser currentUser,
            SharedVersions versions) {
        this.versions = versions;
        this.cache = versions.cache(VERSION, MAX_BANKS);
        this.banks = banks;
        this.editors = editors;
        this.shares = shares;
        this.classes = classes;
        this.grants = grants;
        this.currentUser = currentUser;
    }

    AppUserDetails me() {
        return currentUser.require();
    }

    /**
     * A bank by id, from the cache of bank settings (kept until a bank's settings change on any node); an
     * unknown id is not cached.
     */
    Optional<Bank> bank(long id) {
        Bank known = cache.get(id, k -> banks.findById(k).map(this::toBank).orElse(null));
        return known != null ? Optional.of(known) : banks.findById(id).map(this::toBank);
    }

    /**
     * Marks the bank settings as changed by the current transaction: every node's cache of them loads again once
     * it commits.
     */
    void forgetAfterCommit() {
        versions.bump(VERSION);
    }

    Bank toBank(BankEntity e) {
        Set<Long> editorIds = editors.findByBankId(e.getId()).stream()
                .map(BankEditorEntity::getUserId)
                .collect(Collectors.toSet());
        Set<Long> classIds = shares.findByBankId(e.getId()).stream()
                .map(BankShareEntity::getClassId)
                .collect(Collectors.toSet());
        return e.toBank(editorIds, classIds);
    }

    static boolean admin(AppUserDetails me) {
        return me.role() == Role.ADMIN;
    }

    boolean mayEdit(AppUserDetails me, Bank b) {
        return !b.builtIn() && !b.retired() && (admin(me) || b.isEditor(me.id()));
    }

    boolean mayManage(AppUserDetails me, Bank b) {
        return !b.builtIn() && !b.retired() && (admin(me) || (b.ownerId() != null && b.ownerId() == me.id()));
    }

    boolean mayUse(AppUserDetails me, Bank b) {
        return !b.retired()
                && (admin(me)
                        || (me.role() == Role.INSTRUCTOR
                                && (b.visibility() == Visibility.PUBLIC || b.isEditor(me.id()))));
    }

    boolean mayStudy(AppUserDetails me, Bank b) {
        if (b.retired()) {
            return false;
        }
        if (admin(me) || b.visibility() == Visibility.PUBLIC || b.isEditor(me.id())) {
            return true;
        }
        return b.visibility() == Visibility.CLASSES
                && !b.classIds().isEmpty()
                && b.classIds().stream().anyMatch(classesOf(me.id())::contains);
    }

    /** Whether the caller may read the bank's questions: study it, use it, or edit it (even retired). */
    boolean mayRead(AppUserDetails me, Bank b) {
        return mayStudy(me, b) || mayUse(me, b) || admin(me) || b.isEditor(me.id());
    }

    /** Whether the caller may read a question of a bank: the bank's rules, then the grants of other features. */
    boolean mayReadQuestion(AppUserDetails me, long bankId, String questionId) {
        if (bank(bankId).map(b -> mayRead(me, b)).orElse(false)) {
            return true;
        }
        return grants.orderedStream().anyMatch(g -> g.grantsQuestion(me.id(), questionId));
    }

    /** Whether the caller may draw questions from a bank: read it, or a feature grants it (an assignment's draw). */
    boolean mayDraw(AppUserDetails me, long bankId) {
        if (bank(bankId).map(b -> mayRead(me, b)).orElse(false)) {
            return true;
        }
        return grants.orderedStream().anyMatch(g -> g.grantsBank(me.id(), bankId));
    }

    Bank editable(long bankId) {
        AppUserDetails me = me();
        return bank(bankId).filter(b -> mayEdit(me, b)).orElseThrow(() -> denied(bankId));
    }

    Bank manageable(long bankId) {
        AppUserDetails me = me();
        return bank(bankId).filter(b -> mayManage(me, b)).orElseThrow(() -> denied(bankId));
    }

    Bank readable(long bankId) {
        AppUserDetails me = me();
        return bank(bankId).filter(b -> mayRead(me, b)).orElseThrow(() -> denied(bankId));
    }

    Bank usable(long bankId) {
        AppUserDetails me = me();
        return bank(bankId).filter(b -> mayUse(me, b)).orElseThrow(() -> denied(bankId));
    }

    /** The caller's own banks: the built-in one, those they own or co-edit, those shared with their classes. */
    List<Long> defaultBanks(AppUserDetails me) {
        List<Long> classIds = new ArrayList<>(classesOf(me.id()));
        if (classIds.isEmpty()) {
            classIds.add(-1L);
        }
        return banks.defaultBanks(me.id(), classIds);
    }

    /** The given banks the caller may draw from, or their own banks when none are given. */
    Set<Long> scope(Collection<Long> requested) {
        AppUserDetails me = me();
        if (requested.isEmpty()) {
            return Set.copyOf(defaultBanks(me));
        }
        return requested.stream().filter(id -> mayDraw(me, id)).collect(Collectors.toUnmodifiableSet());
    }

    Set<Long> classesOf(long userId) {
        BankClasses c = classes.getIfAvailable();
        return c == null ? Set.of() : c.classesOf(userId);
    }

    static AccessDeniedException denied(long bankId) {
        return new AccessDeniedException("No access to bank " + bankId);
    }
}
