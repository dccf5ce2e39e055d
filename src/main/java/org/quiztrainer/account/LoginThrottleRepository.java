package org.quiztrainer.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntity, Long> {

    Optional<LoginThrottleEntity> findByKey(String key);

    List<LoginThrottleEntity> findByKeyIn(Collection<String> keys);

    void deleteByKey(String key);

    /** Forgets keys whose window and block are both over. */
    @Modifying
    @Query("delete from LoginThrottleEntity t where t.windowStart < :before "
            + "and (t.blockedUntil is null or t.blockedUntil < :before)")
    int deleteStale(Instant before);
}
