package org.quiztrainer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The layering rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {

    static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.quiztrainer");
    }

    @Test
    void viewsDoNotTouchRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(main);
    }

    @Test
    void viewsDoNotTouchEntityManagers() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(main);
    }

    @Test
    void schedulerAndGradingArePureJava() {
        noClasses()
                .that()
                .resideInAnyPackage("org.quiztrainer.srs..", "org.quiztrainer.grading..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "com.vaadin..",
                        "com.fasterxml..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void importAndExportFormatsArePure() {
        noClasses()
                .that()
                .resideInAPackage("org.quiztrainer.bank.io..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.vaadin..")
                .check(main);
    }

    @Test
    void theShellKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.quiztrainer.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.quiztrainer.account..",
                        "org.quiztrainer.bank..",
                        "org.quiztrainer.study..",
                        "org.quiztrainer.classroom..",
                        "org.quiztrainer.progress..")
                .check(main);
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.quiztrainer.(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles()
                .check(main);
    }

    @Test
    void entitiesLiveInTheirFeatureNotInItsUi() {
        noClasses()
                .that()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .should()
                .resideInAPackage("..ui..")
                .check(main);
    }

    @Test
    void entitiesAreNamedForWhatTheyStoreWithTheEntitySuffix() {
        classes()
                .that()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .should()
                .haveSimpleNameEndingWith("Entity")
                .check(main);
    }
}
