package org.quiztrainer.bank;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The images of banks. Used by the bank's services only. */
interface BankImageRepository extends JpaRepository<BankImageEntity, Long> {

    Optional<BankImageEntity> findByBankIdAndSha256(long bankId, String sha256);
}
