package org.quiztrainer.study;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The reads of a learner's whole review history that the memory model needs. */
interface ReviewHistoryRepository extends Repository<ReviewLogEntity, Long> {

    /** Card id, time, rating, state before, answer milliseconds of every answer, by card and time. */
    @Query("select r.cardId, r.reviewedAt, r.rating, r.stateBefore, r.answerMs from ReviewLogEntity r "
            + "where r.learnerId = :learner order by r.cardId, r.reviewedAt, r.id")
    List<Object[]> history(long learner);

    @Query("select c from CardEntity c where c.learnerId = :learner")
    List<CardEntity> cards(long learner);

    @Query("select c from CardEntity c where c.learnerId = :learner and c.questionId in :questionIds")
    List<CardEntity> cards(long learner, Collection<String> questionIds);
}
