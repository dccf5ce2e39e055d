package org.quiztrainer.bank;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.quiztrainer.AppTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring test of the bank with its own database, which holds the good test bank
 * ({@code src/test/resources/bank/good}) loaded at start-up. Tests may reload other banks into it
 * without disturbing the tests that use the real bank. On PostgreSQL, {@code TEST_BANK_DB_URL} names
 * a database of its own (with {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@AppTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=${TEST_BANK_DB_URL:jdbc:h2:mem:bank-test;DB_CLOSE_DELAY=-1}",
            "app.bank.path=src/test/resources/bank/good"
        })
public @interface BankAppTest {}
