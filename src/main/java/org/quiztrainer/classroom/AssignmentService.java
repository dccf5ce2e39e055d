package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quiztrainer.account.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments of a class: the instructor of the class (or an admin) creates and changes them and grants
 * per-learner extensions; members read them through {@link AttemptService}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final AssignmentOverrideRepository overrides;
    private final ClassAccess access;
    private final AssignmentValidator validator;

    AssignmentService(
            AssignmentRepository assignments,
            AssignmentOverrideRepository overrides,
            ClassAccess access,
            AssignmentValidator validator) {
        this.assignments = assignments;
        this.overrides = overrides;
        this.access = access;
        this.validator = validator;
    }

    /** Adds an assignment to a class the caller runs. */
    @Transactional
    public Assignment create(long classId, AssignmentSettings settings) {
        access.manageable(classId);
        return of(assignments.save(new AssignmentEntity(classId, validator.check(settings))));
    }

    /** Changes an assignment of a class the caller runs; attempts already started keep their questions. */
    @Transactional
    public Assignment update(long assignmentId, AssignmentSettings settings) {
        AssignmentEntity a = manageable(assignmentId);
        a.apply(validator.check(settings));
        return of(a);
    }

    /** One assignment of a class the caller runs. */
    @Transactional(readOnly = true)
    public Assignment get(long assignmentId) {
        return of(manageable(assignmentId));
    }

    /** The assignments of a class the caller runs, by opening time. */
    @Transactional(readOnly = true)
    public List<Assignment> forClass(long classId) {
        access.manageable(classId);
        return assignments.findByClassIdOrderByOpensAtAscIdAsc(classId).stream()
                .map(AssignmentService::of)
                .toList();
    }

    /**
     * Gives one member of the class another closing time and/or number of attempts; nulls keep the
     * assignment's. Both null removes the extension.
     */
    @Transactional
    public Extension extend(long assignmentId, long learnerId, Instant closesAt, Integer maxAttempts) {
        AssignmentEntity a = manageable(assignmentId);
        if (!access.isMember(a.getClassId(), learnerId)) {
            throw new AccessDeniedException("Learner " + learnerId + " is not in the class");
        }
        if (maxAttempts != null && (maxAttempts < 0 || maxAttempts > 100)) {
            throw new InvalidInputException(Map.of("maxAttempts", "class.error.attempts"));
        }
        if (closesAt != null && !closesAt.isAfter(a.getOpensAt())) {
            throw new InvalidInputException(Map.of("closesAt", "class.error.dates"));
        }
        AssignmentOverrideEntity o = overrides
                .findByAssignmentIdAndLearnerId(assignmentId, learnerId)
                .orElseGet(() -> new AssignmentOverrideEntity(assignmentId, learnerId));
        o.set(closesAt, maxAttempts);
        if (closesAt == null && maxAttempts == null) {
            if (o.getId() != null) {
                overrides.delete(o);
            }
        } else {
            overrides.save(o);
        }
        return o.toExtension();
    }

    /** The extensions granted for an assignment of a class the caller runs. */
    @Transactional(readOnly = true)
    public List<Extension> extensions(long assignmentId) {
        manageable(assignmentId);
        return overrides.findByAssignmentId(assignmentId).stream()
                .map(AssignmentOverrideEntity::toExtension)
                .toList();
    }

    AssignmentEntity manageable(long assignmentId) {
        AssignmentEntity a = assignments
                .findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("No access to assignment " + assignmentId));
        access.manageable(a.getClassId());
        return a;
    }

    static Assignment of(AssignmentEntity a) {
        return new Assignment(a.getId(), a.getClassId(), a.settings());
    }
}
