package org.quiztrainer.transfer;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored import reports. Used by the import service only. */
interface ImportReportRepository extends JpaRepository<ImportReportEntity, Long> {

    List<ImportReportEntity> findByBankIdOrderByCreatedAtDescIdDesc(long bankId, Pageable page);
}
