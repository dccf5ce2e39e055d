package org.quiztrainer.classroom;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {

    List<AssignmentEntity> findByClassIdOrderByOpensAtAscIdAsc(long classId);

    List<AssignmentEntity> findByClassIdInOrderByClosesAtAscIdAsc(Collection<Long> classIds);
}
