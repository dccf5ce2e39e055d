package org.quiztrainer.bank;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The stored questions. Used by the bank's services only. */
interface QuestionRepository extends JpaRepository<QuestionEntity, String> {

    String MATCHES = """
            from QuestionEntity q where q.retired = false
              and (:allTopics = true or q.topicId in :topics)
              and (:type is null or q.questionType = :type)
              and (:tag is null or q.tags like :tag)
              and (:words is null or q.searchText like :words)
              and (:noneExcluded = true or q.id not in :excluded)
            """;

    @Query("select q " + MATCHES + " order by q.topicId, q.id")
    List<QuestionEntity> search(
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
            @Param("allTopics") boolean allTopics,
            @Param("topics") Collection<String> topics,
            @Param("type") String type,
            @Param("tag") String tag,
            @Param("words") String words,
            @Param("noneExcluded") boolean noneExcluded,
            @Param("excluded") Collection<String> excluded);

    /** The id, content hash and retired flag of every stored question: what a sync compares. */
    @Query("select new org.quiztrainer.bank.BankSync$Fingerprint(q.id, q.contentHash, q.retired) from QuestionEntity q")
    List<BankSync.Fingerprint> fingerprints();

    @Query("select distinct q.tags from QuestionEntity q where q.retired = false")
    List<String> allTagLists();
}
