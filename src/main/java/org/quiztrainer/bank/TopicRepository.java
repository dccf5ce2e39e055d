package org.quiztrainer.bank;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored topics. Used by the bank's services only. */
interface TopicRepository extends JpaRepository<TopicEntity, String> {

    List<TopicEntity> findByBankId(long bankId);

    List<TopicEntity> findByBankIdInAndRetiredFalse(Collection<Long> bankIds);
}
