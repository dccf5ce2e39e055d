package org.quiztrainer.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentOverrideRepository extends JpaRepository<AssignmentOverrideEntity, Long> {

    Optional<AssignmentOverrideEntity> findByAssignmentIdAndLearnerId(long assignmentId, long learnerId);

    List<AssignmentOverrideEntity> findByAssignmentId(long assignmentId);
}
