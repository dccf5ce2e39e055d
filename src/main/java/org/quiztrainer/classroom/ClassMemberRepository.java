package org.quiztrainer.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassMemberRepository extends JpaRepository<ClassMemberEntity, Long> {

    List<ClassMemberEntity> findByClassIdOrderByJoinedAt(long classId);

    Optional<ClassMemberEntity> findByClassIdAndLearnerId(long classId, long learnerId);

    long countByClassId(long classId);

    boolean existsByClassIdAndLearnerId(long classId, long learnerId);

    @Query("select count(m) > 0 from ClassMemberEntity m, ClassGroupEntity c where m.classId = c.id "
            + "and c.instructorId = :instructor and m.learnerId = :learner")
    boolean teaches(long instructor, long learner);

    @Query("select m.classId from ClassMemberEntity m where m.learnerId = :learner")
    List<Long> classIdsOf(long learner);
}
