package org.quiztrainer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A Spring integration test of the whole app on the test database (in-memory H2, or the database
 * {@code TEST_DB_URL} names). Tagged {@code db} so CI can run these again on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestClockConfig.class)
@Tag("db")
public @interface AppTest {}
