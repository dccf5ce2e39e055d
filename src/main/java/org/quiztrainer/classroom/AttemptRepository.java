package org.quiztrainer.classroom;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    List<AttemptEntity> findByAssignmentIdAndLearnerIdOrderByAttemptNumber(long assignmentId, long learnerId);

    List<AttemptEntity> findByAssignmentIdOrderByLearnerIdAscAttemptNumberAsc(long assignmentId);

    List<AttemptEntity> findByAssignmentIdInOrderByAttemptNumber(Collection<Long> assignmentIds);

    List<AttemptEntity> findBySubmittedAtIsNull();

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
