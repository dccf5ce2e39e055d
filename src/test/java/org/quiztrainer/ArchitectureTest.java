package org.quiztrainer;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiztrainer.srs.MemoryModel;
import org.quiztrainer.srs.Parameters;
import org.quiztrainer.srs.Scheduler;
import org.quiztrainer.study.SimulatedHistory;
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

    /**
     * The answer-key rule lives in BankService's browsing methods (browse, browseCount, preview); its reads
     * for other services (find, count, question, history) give every key, and AccountService.names gives any
     * user's name without asking who wants it. Views may neither call the methods that {@link
     * ServiceAccessTest#FOR_SERVICES} lists nor pass them on as method references.
     */
    @Test
    void viewsReadTheBankOnlyThroughTheMethodsThatApplyTheAnswerKeyRule() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .accessTargetWhere(
                        new com.tngtech.archunit.base.DescribedPredicate<
                                com.tngtech.archunit.core.domain.JavaAccess<?>>("a service method for other services") {
                            @Override
                            public boolean test(com.tngtech.archunit.core.domain.JavaAccess<?> access) {
                                return access.getTargetOwner().getPackageName().startsWith("org.quiztrainer")
                                        && ServiceAccessTest.FOR_SERVICES.contains(
                                                access.getTargetOwner().getSimpleName() + "." + access.getName());
                            }
                        })
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
    void theBankCommandLineAndWhatItRunsNeedNoServer() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.quiztrainer.bank.cli..",
                        "org.quiztrainer.bank.lint..",
                        "org.quiztrainer.bank.parse..",
                        "org.quiztrainer.bank.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "com.vaadin..",
                        "com.fasterxml..")
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
    void theClusterSupportKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.quiztrainer.cluster..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.quiztrainer.account..",
                        "org.quiztrainer.bank..",
                        "org.quiztrainer.study..",
                        "org.quiztrainer.classroom..",
                        "org.quiztrainer.progress..",
                        "org.quiztrainer.shell..",
                        "com.vaadin..")
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

    /**
     * One place builds a learner's memory model (study.MemoryModels through study.Schedulers): nothing else
     * names the default weights, builds FSRS parameters, a scheduler or a memory model, so every prediction
     * uses the learner's own weights.
     */
    static final ArchRule ONE_MEMORY_MODEL = noClasses()
            .that()
            .resideOutsideOfPackage("org.quiztrainer.srs..")
            .and()
            .doNotHaveFullyQualifiedName("org.quiztrainer.study.Schedulers")
            .should()
            .accessField(Parameters.class, "DEFAULT_WEIGHTS")
            .orShould()
            .callMethod(Parameters.class, "defaults")
            .orShould()
            .callConstructorWhere(target(owner(type(Parameters.class))))
            .orShould()
            .callConstructorWhere(target(owner(type(Scheduler.class))))
            .orShould()
            .callConstructorWhere(target(owner(type(MemoryModel.class))));

    @Test
    void onlyTheMemoryModelsBuildSchedulers() {
        ONE_MEMORY_MODEL.check(main);
    }

    @Test
    void theMemoryModelRuleCatchesAClassThatUsesTheDefaults() {
        JavaClasses simulator = new ClassFileImporter().importClasses(SimulatedHistory.class);
        assertThatThrownBy(() -> ONE_MEMORY_MODEL.check(simulator))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Parameters.defaults()")
                .hasMessageContaining("MemoryModel.<init>");
    }
}
