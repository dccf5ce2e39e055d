package org.quiztrainer.classroom;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {

    List<AssignmentEntity> findByClassIdOrderByOpensAtAscIdAsc(long classId);

    List<AssignmentEntity> findByClassIdInOrderByClosesAtAscIdAsc(Collection<Long> classIds);

    /** Whether an assignment of a class the instructor teaches picks the question. */
    @Query("select count(a) > 0 from AssignmentEntity a, ClassGroupEntity c where a.classId = c.id"
            + " and c.instructorId = :instructor and concat(',', a.questionIds, ',') like :pattern escape '!'")
    boolean instructorPicks(long instructor, String pattern);

    /** Whether an assignment of a class the user is in or teaches draws from the bank ({@code %,id,%}). */
    @Query("select count(a) > 0 from AssignmentEntity a where concat(',', a.randomBanks, ',') like :pattern"
            + " and (a.classId in (select m.classId from ClassMemberEntity m where m.learnerId = :user)"
            + " or a.classId in (select c.id from ClassGroupEntity c where c.instructorId = :user))")
    boolean drawsFrom(long user, String pattern);

    /** Each class name and assignment title that asks the question (picked, or drawn into an attempt). */
    @Query("select c.name, a.title from AssignmentEntity a, ClassGroupEntity c where a.classId = c.id"
            + " and (concat(',', a.questionIds, ',') like :pattern escape '!' or a.id in"
            + " (select t.assignmentId from AttemptEntity t where concat(',', t.questionIds, ',') like :pattern escape '!'))"
            + " order by c.name, a.title")
    List<Object[]> asking(String pattern);
}
