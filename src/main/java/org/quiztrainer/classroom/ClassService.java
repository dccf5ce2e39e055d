package org.quiztrainer.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.UserName;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes: instructors create them and manage their members; learners join with a code. An instructor
 * sees and changes only their own classes, a learner sees only the classes they are in, an admin all.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ClassService {

    /** The longest class name. */
    public static final int NAME_MAX = 120;

    private final ClassGroupRepository classes;
    private final ClassMemberRepository members;
    private final ClassAccess access;
    private final AccountService accounts;
    private final Clock clock;

    ClassService(
            ClassGroupRepository classes,
            ClassMemberRepository members,
            ClassAccess access,
            AccountService accounts,
            Clock clock) {
        this.classes = classes;
        this.members = members;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates a class run by the caller, with a fresh join code and joining open. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional
    public ClassSummary create(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new InvalidInputException(Map.of("name", "class.error.name"));
        }
        ClassGroupEntity c = classes.save(new ClassGroupEntity(n, access.me().id(), uniqueCode(), clock.instant()));
        return summary(c);
    }

    /** The caller's classes: those they run (all of them for an admin) or, for a learner, those they joined. */
    @Transactional(readOnly = true)
    public List<ClassSummary> classes() {
        AppUserDetails me = access.me();
        List<ClassGroupEntity> found = switch (me.role()) {
            case ADMIN ->
                classes.findAll().stream()
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .toList();
            case INSTRUCTOR -> classes.findByInstructorIdOrderByName(me.id());
            case LEARNER -> classes.findJoinedBy(me.id());
        };
        return found.stream().map(this::summary).toList();
    }

    /** One class the caller runs or belongs to. */
    @Transactional(readOnly = true)
    public ClassSummary get(long classId) {
        return summary(access.visible(classId));
    }

    /** The members of a class the caller runs, in the order they joined. */
    @Transactional(readOnly = true)
    public List<Member> members(long classId) {
        access.manageable(classId);
        List<ClassMemberEntity> found = members.findByClassIdOrderByJoinedAt(classId);
        Map<Long, UserName> names = accounts.names(
                found.stream().map(ClassMemberEntity::getLearnerId).toList());
        return found.stream()
                .map(m -> {
                    UserName n = names.get(m.getLearnerId());
                    return new Member(
                            m.getLearnerId(),
                            n == null ? "?" : n.username(),
                            n == null ? "?" : n.displayName(),
                            m.getJoinedAt());
                })
                .toList();
    }

    /**
     * Joins the class with this code as a learner. Joining twice is harmless. Refused with an
     * {@link InvalidInputException} on field {@code code} when no class has the code or it stopped taking members.
     */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public ClassSummary join(String code) {
        ClassGroupEntity c = classes.findByJoinCode(JoinCodes.normalise(code))
                .orElseThrow(() -> new InvalidInputException(Map.of("code", "class.error.code")));
        long me = access.me().id();
        if (!members.existsByClassIdAndLearnerId(c.getId(), me)) {
            if (!c.isJoiningOpen()) {
                throw new InvalidInputException(Map.of("code", "class.error.closed"));
            }
            members.save(new ClassMemberEntity(c.getId(), me, clock.instant()));
        }
        return summary(c);
    }

    /** Removes a learner from a class the caller runs; their attempts are kept for the record. */
    @Transactional
    public void removeMember(long classId, long learnerId) {
        access.manageable(classId);
        members.findByClassIdAndLearnerId(classId, learnerId).ifPresent(members::delete);
    }

    /** Opens or closes joining by code for a class the caller runs. */
    @Transactional
    public ClassSummary setJoiningOpen(long classId, boolean open) {
        ClassGroupEntity c = access.manageable(classId);
        c.setJoiningOpen(open);
        return summary(c);
    }

    /** Replaces the join code of a class the caller runs (the old one stops working). */
    @Transactional
    public ClassSummary newJoinCode(long classId) {
        ClassGroupEntity c = access.manageable(classId);
        c.setJoinCode(uniqueCode());
        return summary(c);
    }

    private String uniqueCode() {
        String code = JoinCodes.next();
        while (classes.findByJoinCode(code).isPresent()) {
            code = JoinCodes.next();
        }
        return code;
    }

    private ClassSummary summary(ClassGroupEntity c) {
        boolean managed = access.manages(c);
        UserName instructor = accounts.names(List.of(c.getInstructorId())).get(c.getInstructorId());
        return new ClassSummary(
                c.getId(),
                c.getName(),
                c.getInstructorId(),
                instructor == null ? "" : instructor.displayName(),
                managed ? c.getJoinCode() : null,
                c.isJoiningOpen(),
                (int) members.countByClassId(c.getId()),
                managed);
    }
}
