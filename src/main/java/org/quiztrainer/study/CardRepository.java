package org.quiztrainer.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CardRepository extends JpaRepository<CardEntity, Long> {

    Optional<CardEntity> findByLearnerIdAndQuestionId(long learnerId, String questionId);

    /** Cards due before {@code until}, earliest first: the indexed (learner, due) range scan of the hot path. */
    @Query("select c from CardEntity c where c.learnerId = :learner and c.due < :until and c.suspended = false "
            + "order by c.due asc")
    List<CardEntity> findDueBefore(long learner, Instant until);

    /** What the study queue needs to know of each of a learner's cards. */
    record QueueRow(String questionId, org.quiztrainer.srs.State state, boolean suspended, Instant buriedUntil) {}

    @Query("select new org.quiztrainer.study.CardRepository$QueueRow(c.questionId, c.state, c.suspended, "
            + "c.buriedUntil) from CardEntity c where c.learnerId = :learner")
    List<QueueRow> findQueueRows(long learner);

    List<CardEntity> findByLearnerIdAndQuestionIdIn(long learnerId, Collection<String> questionIds);

    List<CardEntity> findByLearnerIdAndLeechTrue(long learnerId);

    List<CardEntity> findByLearnerIdAndSuspendedTrue(long learnerId);

    @Query("select min(c.due) from CardEntity c where c.learnerId = :learner and c.suspended = false "
            + "and c.due >= :from")
    Optional<Instant> nextDueFrom(long learner, Instant from);

    @Query("select count(c) from CardEntity c where c.learnerId = :learner and c.suspended = false "
            + "and c.due >= :from and c.due < :until")
    long countDueBetween(long learner, Instant from, Instant until);

    @Modifying
    @Query("update CardEntity c set c.questionChanged = true, c.version = c.version + 1 "
            + "where c.questionId in :ids and c.questionChanged = false")
    int markChanged(Collection<String> ids);

    boolean existsByLearnerIdAndQuestionId(long learnerId, String questionId);

    long countByQuestionId(String questionId);
}
