package org.quiztrainer.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassGroupRepository extends JpaRepository<ClassGroupEntity, Long> {

    Optional<ClassGroupEntity> findByJoinCode(String joinCode);

    List<ClassGroupEntity> findByInstructorIdOrderByName(long instructorId);

    @Query("select c from ClassGroupEntity c where c.id in "
            + "(select m.classId from ClassMemberEntity m where m.learnerId = :learner) "
            + "order by c.name")
    List<ClassGroupEntity> findJoinedBy(long learner);

    @Query("select c.id from ClassGroupEntity c where c.instructorId = :instructor")
    List<Long> idsTaughtBy(long instructor);
}
