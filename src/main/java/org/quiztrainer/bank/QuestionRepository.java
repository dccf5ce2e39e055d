package org.quiztrainer.bank;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored questions. Used by the bank's services only. */
interface QuestionRepository extends JpaRepository<QuestionEntity, String> {

    String MATCHES = """
            from QuestionEntity q where q.bankId in :banks
              and (:withRetired = true or q.retired = false)
              and (:allTopics = true or q.topicId in :topics)
              and (:type is null or q.questionType = :type)
              and (:tag is null or q.tags like :tag)
              and (:words is null or q.searchText like :words)
              and (:noneExcluded = true or q.id not in :excluded)
            """;

    /** A page of matching questions without their content, ordered by topic and id (the index's order). */
    @Query("select new org.quiztrainer.bank.QuestionRow(q.id, q.topicId, q.questionType, q.textZh, q.textEn,"
            + " q.revision, q.bankId, q.bankKey, q.retired, q.selfGraded) " + MATCHES
            + " order by q.bankId, q.topicId, q.id")
    List<QuestionRow> search(
            @Param("banks") Collection<Long> banks,
            @Param("withRetired") boolean withRetired,
            @Param("allTopics") boolean allTopics,
            @Param("topics") Collection<String> topics,
            @Param("type") String type,
            @Param("tag") String tag,
            @Param("words") String words,
            @Param("noneExcluded") boolean noneExcluded,
            @Param("excluded") Collection<String> excluded,
            Pageable page);

    /** The matching questions in full, for export. */
    @Query("select q " + MATCHES + " order by q.bankId, q.topicId, q.id")
    List<QuestionEntity> searchFull(
            @Param("banks") Collection<Long> banks,
            @Param("withRetired") boolean withRetired,
            @Param("allTopics") boolean allTopics,
            @Param("topics") Collection<String> topics,
            @Param("type") String type,
            @Param("tag") String tag,
            @Param("words") String words,
            @Param("noneExcluded") boolean noneExcluded,
            @Param("excluded") Collection<String> excluded,
            Pageable page);

    @Query("select count(q) " + MATCHES)
    long countMatches(
            @Param("banks") Collection<Long> banks,
            @Param("withRetired") boolean withRetired,
            @Param("allTopics") boolean allTopics,
            @Param("topics") Collection<String> topics,
            @Param("type") String type,
            @Param("tag") String tag,
            @Param("words") String words,
            @Param("noneExcluded") boolean noneExcluded,
            @Param("excluded") Collection<String> excluded);

    /** The id, content hash and retired flag of every question of a bank: what a sync compares. */
    @Query("select new org.quiztrainer.bank.BankSync$Fingerprint(q.id, q.contentHash, q.retired) from QuestionEntity q"
            + " where q.bankId = :bank")
    List<BankSync.Fingerprint> fingerprints(@Param("bank") long bank);

    @Query("select distinct q.tags from QuestionEntity q where q.retired = false and q.bankId in :banks")
    List<String> allTagLists(@Param("banks") Collection<Long> banks);

    Optional<QuestionEntity> findByBankIdAndBankKey(long bankId, String bankKey);

    List<QuestionEntity> findByBankId(long bankId);

    List<QuestionEntity> findByBankIdAndBankKeyIn(long bankId, Collection<String> keys);

    List<QuestionEntity> findByBankIdAndNoteKeyIn(long bankId, Collection<String> notes);

    @Query("select q.id from QuestionEntity q where q.bankId = :bank")
    List<String> idsOf(@Param("bank") long bank);

    @Query("select q.bankId from QuestionEntity q where q.id = :id")
    Optional<Long> bankOf(@Param("id") String id);

    /** The live questions of each bank: rows of bank id and count. */
    @Query("select q.bankId, count(q) from QuestionEntity q where q.retired = false and q.bankId in :banks"
            + " group by q.bankId")
    List<Object[]> countLive(@Param("banks") Collection<Long> banks);

    /** Whether a topic holds a live question. */
    boolean existsByTopicIdAndRetiredFalse(String topicId);

    /** The tags of every live question of a bank, one comma-framed list per question (",a,b,"). */
    @Query("select q.tags from QuestionEntity q where q.retired = false and q.bankId = :bank")
    List<String> tagListsOf(@Param("bank") long bank);
}
