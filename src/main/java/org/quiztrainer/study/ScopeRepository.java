package org.quiztrainer.study;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScopeRepository extends JpaRepository<ScopeEntity, Long> {

    List<ScopeEntity> findByLearnerIdOrderByName(long learnerId);

    boolean existsByLearnerIdAndName(long learnerId, String name);
}
