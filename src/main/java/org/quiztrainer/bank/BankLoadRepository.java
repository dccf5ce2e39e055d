package org.quiztrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;

/** The last load of each bank folder. Used by the bank's services only. */
interface BankLoadRepository extends JpaRepository<BankLoadEntity, String> {}
