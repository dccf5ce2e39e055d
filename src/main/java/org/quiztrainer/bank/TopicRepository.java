package org.quiztrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stored topics. Used by the bank's services only. */
interface TopicRepository extends JpaRepository<TopicEntity, String> {}
