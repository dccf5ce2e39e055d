package org.quiztrainer.study;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemoryModelRepository extends JpaRepository<MemoryModelEntity, Long> {}
