package org.quiztrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stored units. Used by the bank's services only. */
interface UnitRepository extends JpaRepository<UnitEntity, String> {}
