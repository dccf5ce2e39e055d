package org.quiztrainer.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The co-editors of banks. Used by the bank's services only. */
interface BankEditorRepository extends JpaRepository<BankEditorEntity, Long> {

    List<BankEditorEntity> findByBankId(long bankId);
}
