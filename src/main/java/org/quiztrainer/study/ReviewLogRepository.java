package org.quiztrainer.study;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.srs.State;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntity, Long> {

    @Query("select count(r) from ReviewLogEntity r where r.learnerId = :learner and r.reviewedAt >= :from "
            + "and r.stateBefore = :state and r.source = org.quiztrainer.study.ReviewSource.STUDY")
    long countStudiedSince(long learner, Instant from, State state);

    Optional<ReviewLogEntity> findFirstByLearnerIdOrderByIdDesc(long learnerId);

    boolean existsByLearnerIdAndRequestId(long learnerId, String requestId);

    boolean existsByLearnerIdAndQuestionId(long learnerId, String questionId);

    @Query("select r.answerMs from ReviewLogEntity r where r.learnerId = :learner and r.questionType = :type "
            + "order by r.id desc")
    List<Long> recentAnswerTimes(long learner, QuestionType type, Pageable page);

    @Query("select r from ReviewLogEntity r where r.learnerId = :learner and r.reviewedAt >= :from order by r.id")
    List<ReviewLogEntity> findSince(long learner, Instant from);
}
