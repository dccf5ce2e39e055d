package org.quiztrainer.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentOverrideRepository extends JpaRepository<AssignmentOverride, Long> {

    Optional<AssignmentOverride> findByAssignmentIdAndLearnerId(long assignmentId, long learnerId);

    List<AssignmentOverride> findByAssignmentId(long assignmentId);
}
