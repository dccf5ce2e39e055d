package org.quiztrainer.bank;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The banks. Used by the bank's services only. */
interface BankRepository extends JpaRepository<BankEntity, Long> {

    /**
     * The banks a user studies by default: the built-in one, those they own or co-edit, and those shared with
     * any of {@code classes}.
     */
    @Query("""
            select b.id from BankEntity b where b.retired = false and (b.builtIn = true or b.ownerId = :user
              or b.id in (select e.bankId from BankEditorEntity e where e.userId = :user)
              or (b.visibility = org.quiztrainer.bank.Visibility.CLASSES
                  and b.id in (select s.bankId from BankShareEntity s where s.classId in :classes)))
            order by b.id
            """)
    List<Long> defaultBanks(@Param("user") long user, @Param("classes") Collection<Long> classes);

    /** The public banks that are not retired. */
    @Query("select b.id from BankEntity b where b.retired = false and b.visibility = :visibility order by b.id")
    List<Long> findIdsByVisibility(@Param("visibility") Visibility visibility);

    /** Every bank that is not retired (for admins). */
    @Query("select b.id from BankEntity b where b.retired = false order by b.id")
    List<Long> liveIds();

    /**
     * Raises the bank's question counter by {@code n}, locking its row until the transaction ends, so that two
     * writers never take the same numbers; read the counter after with {@link #questionCounter}.
     */
    @Modifying(flushAutomatically = true)
    @Query("update BankEntity b set b.questionCounter = b.questionCounter + :n where b.id = :id")
    int reserveQuestions(@Param("id") long id, @Param("n") long n);

    @Query("select b.questionCounter from BankEntity b where b.id = :id")
    long questionCounter(@Param("id") long id);

    /** As {@link #reserveQuestions}, for topic numbers. */
    @Modifying(flushAutomatically = true)
    @Query("update BankEntity b set b.topicCounter = b.topicCounter + :n where b.id = :id")
    int reserveTopics(@Param("id") long id, @Param("n") long n);

    @Query("select b.topicCounter from BankEntity b where b.id = :id")
    long topicCounter(@Param("id") long id);
}
