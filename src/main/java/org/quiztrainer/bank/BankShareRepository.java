package org.quiztrainer.bank;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The classes banks are shared with. Used by the bank's services only. */
interface BankShareRepository extends JpaRepository<BankShareEntity, Long> {

    List<BankShareEntity> findByBankId(long bankId);

    boolean existsByBankIdAndClassIdIn(long bankId, Collection<Long> classIds);
}
