package org.quiztrainer.classroom;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    List<AttemptEntity> findByAssignmentIdAndLearnerIdOrderByAttemptNumber(long assignmentId, long learnerId);

    List<AttemptEntity> findByAssignmentIdOrderByLearnerIdAscAttemptNumberAsc(long assignmentId);

    List<AttemptEntity> findByAssignmentIdInOrderByAttemptNumber(Collection<Long> assignmentIds);

    List<AttemptEntity> findBySubmittedAtIsNull();

    /**
     * The learner's attempts that may hold something back from them at {@code now}: in progress, of an
     * assignment still open for them, or of an assignment whose review never shows the marks.
     */
    @Query("select t from AttemptEntity t, AssignmentEntity a where t.assignmentId = a.id and t.learnerId = :learner "
            + "and (t.submittedAt is null or a.closesAt > :now or a.reviewAnswers = false "
            + "or exists (select o from AssignmentOverrideEntity o where o.assignmentId = a.id "
            + "and o.learnerId = :learner and o.closesAt > :now))")
    List<AttemptEntity> findHolding(long learner, Instant now);

    /** Submitted attempts whose answers are not yet in their learner's memory, oldest first. */
    @Query("select t.id from AttemptEntity t where t.memoryRecorded = false and t.submittedAt is not null "
            + "order by t.submittedAt, t.id")
    List<Long> findUnrecorded(Pageable page);
}
