package org.quiztrainer.classroom;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<AttemptEntity, Long> {

    List<AttemptEntity> findByAssignmentIdAndLearnerIdOrderByAttemptNumber(long assignmentId, long learnerId);

    List<AttemptEntity> findByAssignmentIdOrderByLearnerIdAscAttemptNumberAsc(long assignmentId);

    List<AttemptEntity> findByAssignmentIdInOrderByAttemptNumber(Collection<Long> assignmentIds);

    List<AttemptEntity> findBySubmittedAtIsNull();
}
