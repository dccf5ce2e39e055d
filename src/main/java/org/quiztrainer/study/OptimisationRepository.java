package org.quiztrainer.study;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OptimisationRepository extends JpaRepository<OptimisationEntity, Long> {

    /** The learner's run row, locked until the transaction ends (so two starts cannot both see it idle). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OptimisationEntity o where o.learnerId = :learner")
    Optional<OptimisationEntity> lockByLearner(long learner);

    /** Records how far the learner's running run {@code token} is; 0 rows if it is no longer that run. */
    @Modifying
    @Query("update OptimisationEntity o set o.progress = :progress "
            + "where o.learnerId = :learner and o.runToken = :token and o.status = :running")
    int progress(long learner, String token, double progress, OptimisationStatus running);
}
