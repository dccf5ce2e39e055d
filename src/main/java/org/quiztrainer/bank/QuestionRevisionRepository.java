package org.quiztrainer.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The history of question versions. Used by the bank's services only. */
interface QuestionRevisionRepository extends JpaRepository<QuestionRevisionEntity, QuestionRevisionEntity.Key> {

    List<QuestionRevisionEntity> findByQuestionIdOrderByRevision(String questionId);
}
