package org.quiztrainer.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassGroupRepository extends JpaRepository<ClassGroup, Long> {

    Optional<ClassGroup> findByJoinCode(String joinCode);

    List<ClassGroup> findByInstructorIdOrderByName(long instructorId);

    @Query("select c from ClassGroup c where c.id in "
            + "(select m.classId from ClassMember m where m.learnerId = :learner) "
            + "order by c.name")
    List<ClassGroup> findJoinedBy(long learner);
}
