package org.quiztrainer.classroom;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    List<AttemptEntity> findByAssignmentIdAndLearnerIdOrderByAttemptNumber(long assignmentId, long learnerId);

    List<AttemptEntity> findByAssignmentIdOrderByLearnerIdAscAttemptNumberAsc(long assignmentId);

    List<AttemptEntity> findByAssignmentIdInOrderByAttemptNumber(Collection<Long> assignmentIds);

    /** The assignments that have an attempt in progress (the index on {@code submitted_at} finds them). */
    @Query("select distinct t.assignmentId from AttemptEntity t where t.submittedAt is null")
    List<Long> assignmentsWithOpenAttempts();

    /**
     * The ids above {@code after} of an assignment's attempts in progress whose deadline has passed: started
     * at or before {@code limitCutoff} (now minus the time limit), or past the learner's closing time (their
     * extension's, else {@code closes}).
     */
    @Query("""
            select t.id from AttemptEntity t
            left join AssignmentOverrideEntity o on o.assignmentId = t.assignmentId and o.learnerId = t.learnerId
            where t.assignmentId = :assignment and t.submittedAt is null and t.id > :after
              and (t.startedAt <= :limitCutoff or coalesce(o.closesAt, :closes) <= :now)
            order by t.id""")
    List<Long> dueIds(
            @Param("assignment") long assignmentId,
            @Param("after") long after,
            @Param("limitCutoff") Instant limitCutoff,
            @Param("closes") Instant closes,
            @Param("now") Instant now,
            Pageable page);

    /**
     * Locks the attempt for this transaction if it is still in progress and no other transaction holds it:
     * its id, or nothing (already submitted, or being submitted by another node right now).
     */
    @Query(
            value = "SELECT id FROM attempt WHERE id = :id AND submitted_at IS NULL FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<Long> claimInProgress(@Param("id") long id);

    /** The attempt, locked for this transaction (waits for another transaction that holds it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AttemptEntity t where t.id = :id")
    Optional<AttemptEntity> findLocked(@Param("id") long id);

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

    /**
     * Marks a submitted attempt's answers as in its learner's memory, without touching its version: the flag is
     * bookkeeping, and an instructor's override of the marks at the same moment must not fail on it.
     */
    @Modifying
    @Query("update AttemptEntity t set t.memoryRecorded = true where t.id = :id")
    int markMemoryRecorded(@Param("id") long id);

    /** Submitted attempts whose answers are not yet in their learner's memory, oldest first. */
    @Query("select t.id from AttemptEntity t where t.memoryRecorded = false and t.submittedAt is not null "
            + "order by t.submittedAt, t.id")
    List<Long> findUnrecorded(Pageable page);
    /** Whether one of the learner's attempts asks the question ({@code pattern}: {@code %,id,%}, escaped). */
    @Query("select count(t) > 0 from AttemptEntity t where t.learnerId = :learner"
            + " and concat(',', t.questionIds, ',') like :pattern escape '!'")
    boolean learnerHolds(long learner, String pattern);

    /** Whether an attempt in a class the instructor teaches asks the question. */
    @Query("select count(t) > 0 from AttemptEntity t, AssignmentEntity a, ClassGroupEntity c"
            + " where t.assignmentId = a.id and a.classId = c.id and c.instructorId = :instructor"
            + " and concat(',', t.questionIds, ',') like :pattern escape '!'")
    boolean instructorHolds(long instructor, String pattern);
}
