package org.quiztrainer.study;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The study tests' own bank ({@code src/test/resources/bank/study}: units alpha and beta, every question type
 * in a known order) in a database of its own, so that editing {@code questions/} cannot break these tests and
 * they cannot pass by luck. Put it on an {@code @AppTest} or a Karibu test. On PostgreSQL,
 * {@code TEST_STUDY_DB_URL} names its database (with {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(
        properties = {
            "spring.datasource.url=${TEST_STUDY_DB_URL:jdbc:h2:mem:study-test;DB_CLOSE_DELAY=-1}",
            "app.bank.path=src/test/resources/bank/study"
        })
public @interface StudyBank {

    /** Unit alpha's questions, in study order. */
    String FLASH = "alpha.a1-flash";

    String SINGLE = "alpha.a2-single";
    String SHORT = "alpha.a3-short";
    String TF = "alpha.a4-tf";
    String NUMERIC = "alpha.a5-numeric";
    String MULTI = "alpha.a6-multi";
    /** Unit beta's questions, in study order. */
    String ORDERING = "beta.b1-ordering";

    String MATCHING = "beta.b2-matching";
    String BETA_TF = "beta.b3-tf";
    String BETA_FLASH = "beta.b4-flash";
    /** How many questions unit alpha has. */
    int ALPHA_SIZE = 6;
}
