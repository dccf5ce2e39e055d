package org.quiztrainer.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptAnswerRepository extends JpaRepository<AttemptAnswerEntity, Long> {

    List<AttemptAnswerEntity> findByAttemptId(long attemptId);

    List<AttemptAnswerEntity> findByAttemptIdIn(Collection<Long> attemptIds);

    Optional<AttemptAnswerEntity> findByAttemptIdAndQuestionId(long attemptId, String questionId);
}
