package org.quiztrainer.bank;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** A Spring test of the bank on an in-memory database, loading the good test bank at start-up. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:banktest;DB_CLOSE_DELAY=-1",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "app.bank.path=src/test/resources/bank/good"})
@Import(BankAppTest.MethodSecurity.class)
@interface BankAppTest {

    @TestConfiguration
    @EnableMethodSecurity(jsr250Enabled = true)
    class MethodSecurity {
    }
}
