package org.quiztrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quiztrainer.account.Language;
import org.quiztrainer.account.Registration;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.bank.QuestionFilter;
import org.quiztrainer.classroom.Assignment;
import org.quiztrainer.classroom.AssignmentService;
import org.quiztrainer.classroom.AssignmentSettings;
import org.quiztrainer.classroom.AttemptService;
import org.quiztrainer.classroom.AttemptView;
import org.quiztrainer.classroom.ClassService;
import org.quiztrainer.classroom.ClassSummary;
import org.quiztrainer.classroom.Classroom;
import org.quiztrainer.grading.Response;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudySettings;
import org.quiztrainer.study.StudySettingsService;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Every public method of every service, called as every kind of caller: nobody logged in, the class's learner
 * (who owns the attempt and the saved scope), a learner outside the class, the class's instructor, another
 * instructor, and an admin. Each method is listed here with who may call it on these ids; a caller not listed
 * must be refused ({@link AccessDeniedException}, or {@link AuthenticationException} for nobody), a caller
 * listed must not be. A service method added without an entry fails the test, so every new method states its
 * rule. The methods for other services (no caller check, keys included) are listed apart, and ArchitectureTest
 * keeps views off them.
 */
@AppTest
class ServiceAccessTest {

    /** The callers, each with what they are to the fixture's class, attempt and scope. */
    enum Who {
        NOBODY,
        LEARNER,
        OUTSIDER,
        INSTRUCTOR,
        OTHER_INSTRUCTOR,
        ADMIN
    }

    static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    static final Set<Who> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Who.NOBODY));
    static final Set<Who> STAFF = EnumSet.of(Who.INSTRUCTOR, Who.OTHER_INSTRUCTOR, Who.ADMIN);
    static final Set<Who> RUNS_THE_CLASS = EnumSet.of(Who.INSTRUCTOR, Who.ADMIN);
    static final Set<Who> IN_THE_CLASS = EnumSet.of(Who.LEARNER, Who.INSTRUCTOR, Who.ADMIN);
    static final Set<Who> THE_LEARNER = EnumSet.of(Who.LEARNER);
    static final Set<Who> LEARNERS = EnumSet.of(Who.LEARNER, Who.OUTSIDER);
    static final Set<Who> THE_LEARNER_OR_ADMIN = EnumSet.of(Who.LEARNER, Who.ADMIN);
    static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    /** Who may call each method, by "Service.method", on the fixture's ids. */
    static final Map<String, Set<Who>> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("AccountService.register", ANYONE),
            Map.entry("AccountService.me", LOGGED_IN),
            Map.entry("AccountService.get", THE_LEARNER_OR_ADMIN),
            Map.entry("AccountService.listUsers", ADMIN),
            Map.entry("AccountService.changeRole", ADMIN),
            Map.entry("AccountService.setEnabled", ADMIN),
            Map.entry("AccountService.changeLanguage", THE_LEARNER_OR_ADMIN),
            Map.entry("AccountService.changeDarkMode", THE_LEARNER_OR_ADMIN),
            Map.entry("BankService.unit", ANYONE),
            Map.entry("BankService.reload", ADMIN),
            Map.entry("BankService.lastReport", ADMIN),
            Map.entry("BankService.topics/0", LOGGED_IN),
            Map.entry("BankService.topics/1", LOGGED_IN),
            Map.entry("BankService.drawable", LOGGED_IN),
            Map.entry("BankService.topicBanks", LOGGED_IN),
            Map.entry("BankService.browse", LOGGED_IN),
            Map.entry("BankService.browseCount", LOGGED_IN),
            Map.entry("BankService.preview", LOGGED_IN),
            Map.entry("BankService.tags/0", LOGGED_IN),
            Map.entry("BankService.tags/1", LOGGED_IN),
            Map.entry("AccountService.byUsernames", LOGGED_IN),
            Map.entry("BankService.history", STAFF),
            Map.entry("BankService.export", STAFF),
            Map.entry("ClassService.create", STAFF),
            Map.entry("ClassService.classes", LOGGED_IN),
            Map.entry("ClassService.get", IN_THE_CLASS),
            Map.entry("ClassService.members", RUNS_THE_CLASS),
            Map.entry("ClassService.join", LEARNERS),
            Map.entry("ClassService.removeMember", RUNS_THE_CLASS),
            Map.entry("ClassService.setJoiningOpen", RUNS_THE_CLASS),
            Map.entry("ClassService.newJoinCode", RUNS_THE_CLASS),
            Map.entry("AssignmentService.create", RUNS_THE_CLASS),
            Map.entry("AssignmentService.update", RUNS_THE_CLASS),
            Map.entry("AssignmentService.get", RUNS_THE_CLASS),
            Map.entry("AssignmentService.forClass", RUNS_THE_CLASS),
            Map.entry("AssignmentService.extend", RUNS_THE_CLASS),
            Map.entry("AssignmentService.extensions", RUNS_THE_CLASS),
            Map.entry("AttemptService.start", THE_LEARNER),
            Map.entry("AttemptService.attempt", THE_LEARNER),
            Map.entry("AttemptService.save", THE_LEARNER),
            Map.entry("AttemptService.submit", THE_LEARNER),
            Map.entry("AttemptHistoryService.questionsFor", ADMIN),
            Map.entry("AttemptHistoryService.recordSubmitted", ADMIN),
            Map.entry("StudyHistoryService.scheduler", ADMIN),
            Map.entry("StudyHistoryService.studyOrder", ADMIN),
            Map.entry("StudyHistoryService.cardId", ADMIN),
            Map.entry("StudyHistoryService.write", ADMIN),
            Map.entry("LearnerAssignmentService.mine", LOGGED_IN),
            Map.entry("LearnerAssignmentService.review", THE_LEARNER),
            Map.entry("GradebookService.gradebook", RUNS_THE_CLASS),
            Map.entry("GradebookService.csv", RUNS_THE_CLASS),
            Map.entry("GradebookService.attempts", RUNS_THE_CLASS),
            Map.entry("GradebookService.detail", RUNS_THE_CLASS),
            Map.entry("GradebookService.overrideMark", RUNS_THE_CLASS),
            Map.entry("ItemAnalysisService.analyse", RUNS_THE_CLASS),
            Map.entry("ClassProgressService.classes", STAFF),
            Map.entry("ClassProgressService.matrix", RUNS_THE_CLASS),
            Map.entry("ClassProgressService.csv", RUNS_THE_CLASS),
            Map.entry("ProgressService.dashboard", LOGGED_IN),
            Map.entry("ProgressService.topic", LOGGED_IN),
            Map.entry("ProgressService.question", LOGGED_IN),
            Map.entry("MemoryService.weakest", IN_THE_CLASS),
            Map.entry("StudyService.next", LOGGED_IN),
            Map.entry("StudyService.item", LOGGED_IN),
            Map.entry("StudyService.practice", LOGGED_IN),
            Map.entry("StudyService.counts", LOGGED_IN),
            Map.entry("StudyService.check", LOGGED_IN),
            Map.entry("StudyService.answer", LOGGED_IN),
            Map.entry("StudyService.undo", LOGGED_IN),
            Map.entry("StudyService.canUndo", LOGGED_IN),
            Map.entry("StudyService.summary", LOGGED_IN),
            Map.entry("StudyService.held", LOGGED_IN),
            Map.entry("CardService.suspend", LOGGED_IN),
            Map.entry("CardService.unsuspend", LOGGED_IN),
            Map.entry("CardService.bury", LOGGED_IN),
            Map.entry("CardService.leeches", LOGGED_IN),
            Map.entry("CardService.suspended", LOGGED_IN),
            Map.entry("CardService.keepMemory", LOGGED_IN),
            Map.entry("CardService.resetMemory", LOGGED_IN),
            Map.entry("MemoryModelService.status", THE_LEARNER_OR_ADMIN),
            Map.entry("MemoryModelService.resetToDefaults", THE_LEARNER_OR_ADMIN),
            Map.entry("MemoryModelService.recomputeMemory", THE_LEARNER_OR_ADMIN),
            Map.entry("MemoryModelService.recommendSteps", THE_LEARNER_OR_ADMIN),
            Map.entry("OptimisationService.start", THE_LEARNER_OR_ADMIN),
            Map.entry("OptimisationService.run", THE_LEARNER_OR_ADMIN),
            Map.entry("WorkloadService.workload", THE_LEARNER_OR_ADMIN),
            Map.entry("StudySettingsService.mine", LOGGED_IN),
            Map.entry("StudySettingsService.initialise", LOGGED_IN),
            Map.entry("StudySettingsService.save", LOGGED_IN),
            Map.entry("StudySettingsService.scopes", LOGGED_IN),
            Map.entry("StudySettingsService.saveScope", LOGGED_IN),
            Map.entry("StudySettingsService.deleteScope", THE_LEARNER)));

    /**
     * Methods for other services and listeners, with no caller check of their own: what they return is for
     * the service that asks (keys, any user's name), and views may not call them (ArchitectureTest). A unit of
     * numeric answers is no secret: anyone may read it.
     */
    public static final Set<String> FOR_SERVICES = Set.of(
            "BankService.question/1",
            "BankService.question/2",
            "BankService.find",
            "BankService.count",
            "AccountService.names",
            "MemoryModels.scheduler",
            "MemoryModels.schedulers",
            "CardService.onBankChanged");

    /**
     * The bank services whose every method is checked against each bank role (owner, co-editor, class member,
     * another instructor, outsider, admin) on a bank of their own by {@code bank.BankCatalogAccessTest} and, for
     * import and export, {@code bank.BankTransferAccessTest}.
     */
    public static final Set<String> CHECKED_PER_BANK = Set.of(
            "BankCatalogService",
            "QuestionEditorService",
            "TopicEditorService",
            "BankImages",
            "BankTagService",
            "QuestionCheckService",
            "BankContents",
            "ExportService",
            "ImportService",
            "ImportTasks",
            "HistoryImportService");

    @Autowired
    ApplicationContext context;

    @Autowired
    java.time.Clock clock;

    @Autowired
    Classroom classroom;

    @Autowired
    TestUsers users;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AttemptService attempts;

    @Autowired
    ClassService classes;

    @Autowired
    StudySettingsService settings;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** The ids every call uses, and a user for each kind of caller. */
    record Fixture(
            Map<Who, UserSummary> users,
            UserSummary spare,
            ClassSummary cls,
            ClassSummary joinable,
            Assignment assignment,
            AttemptView attempt,
            long scopeId) {}

    @TestFactory
    List<DynamicTest> everyCallerOfEveryServiceMethodIsAllowedOrRefusedByItsRule() {
        Map<String, Method> methods = serviceMethods();
        assertThat(new TreeSet<>(methods.keySet()))
                .as("every public service method has a rule here (or is listed as for services)")
                .containsExactlyInAnyOrderElementsOf(union(RULES.keySet(), FOR_SERVICES));
        Fixture f = fixture();
        List<DynamicTest> tests = new ArrayList<>();
        RULES.forEach((name, allowed) ->
                tests.add(DynamicTest.dynamicTest(name, () -> check(f, methods.get(name), allowed))));
        return tests;
    }

    private void check(Fixture f, Method method, Set<Who> allowed) {
        Object bean = context.getBean(method.getDeclaringClass());
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            if (who == Who.NOBODY) {
                TestUsers.logout();
            } else {
                TestUsers.login(f.users().get(who));
            }
            Throwable thrown = null;
            try {
                method.invoke(bean, arguments(f, method, who));
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } finally {
                TestUsers.logout();
            }
            boolean refused = thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
            if (allowed.contains(who) && refused) {
                wrong.add(who + " was refused: " + thrown.getMessage());
            } else if (!allowed.contains(who) && !refused) {
                wrong.add(who + " was let in" + (thrown == null ? "" : " (then: " + thrown + ")"));
            } else if (thrown != null
                    && !refused
                    && !thrown.getClass().getName().startsWith("org.quiztrainer.")) {
                wrong.add(who + " failed with " + thrown + " instead of a domain answer");
            }
        }
        assertThat(wrong)
                .as(method.getDeclaringClass().getSimpleName() + "." + method.getName())
                .isEmpty();
    }

    /** Real ids for each parameter, by name and type, chosen so that no call spoils the fixture for the next. */
    private Object[] arguments(Fixture f, Method method, Who who) {
        String m = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        UserSummary learner = f.users().get(Who.LEARNER);
        Parameter[] params = method.getParameters();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Parameter p = params[i];
            Class<?> t = p.getType();
            String n = p.getName();
            args[i] = switch (n) {
                case "classId" -> f.cls().id();
                case "assignmentId" -> f.assignment().id();
                case "attemptId" -> f.attempt().id();
                case "learner" ->
                    m.equals("StudyHistoryService.write") ? f.spare().id() : learner.id();
                case "learnerId" ->
                    m.equals("ClassService.removeMember") || m.startsWith("AttemptHistoryService.")
                            ? f.spare().id()
                            : learner.id();
                case "userId" ->
                    m.equals("AccountService.changeRole") || m.equals("AccountService.setEnabled")
                            ? f.spare().id()
                            : learner.id();
                case "id" -> t == long.class ? f.scopeId() : Classroom.SINGLE;
                case "questionId" -> Classroom.TF;
                case "bankIds" -> List.of(org.quiztrainer.bank.Bank.BUILT_IN);
                case "topicIds" -> List.of(Classroom.TF.substring(0, Classroom.TF.indexOf('.')));
                case "revision" -> 1;
                case "reschedule" -> false;
                case "questionIds" -> List.of(Classroom.TF);
                case "learnerIds" -> List.of(learner.id());
                case "usernames" -> List.of(learner.username());
                case "topicId" -> Classroom.TF.substring(0, Classroom.TF.indexOf('.'));
                case "code" -> f.joinable().joinCode();
                case "name" -> "Access " + who;
                case "nameHeader", "usernameHeader" -> "Name";
                case "comment" -> "ok";
                case "open", "enabled" -> true;
                case "dark" -> false;
                case "offset" -> 0;
                case "limit", "count", "n" -> 5;
                case "seed" -> 1L;
                case "userIds" -> List.of(learner.id());
                case "scopeQuestionIds" -> List.of(Classroom.TF, Classroom.SINGLE);
                default -> byType(f, t, who);
            };
        }
        return args;
    }

    private Object byType(Fixture f, Class<?> t, Who who) {
        if (t == QuestionFilter.class) {
            return QuestionFilter.ALL;
        }
        if (t == StudyScope.class) {
            return StudyScope.WHOLE_BANK;
        }
        if (t == Response.class) {
            return new Response.TrueFalse(false);
        }
        if (t == Duration.class) {
            return Duration.ofSeconds(3);
        }
        if (t == Instant.class) {
            return clock.instant();
        }
        if (t == AssignmentSettings.class) {
            return f.assignment().settings();
        }
        if (t == Role.class) {
            return Role.LEARNER;
        }
        if (t == Language.class) {
            return Language.EN;
        }
        if (t == java.time.ZoneId.class) {
            return ZoneOffset.UTC;
        }
        if (t == StudySettings.class) {
            return StudySettings.defaults(ZoneOffset.UTC);
        }
        if (t == Registration.class) {
            String name = "r" + UUID.randomUUID().toString().substring(0, 12);
            return new Registration(name, "Reg " + who, TestUsers.PASSWORD, TestUsers.PASSWORD, Language.EN);
        }
        if (t == AnswerCommand.class) {
            return new AnswerCommand(
                    Classroom.SINGLE,
                    null,
                    UUID.randomUUID().toString(),
                    Rating.GOOD,
                    Optional.empty(),
                    Duration.ofSeconds(3),
                    ReviewSource.STUDY);
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Function.class) {
            return (Function<Object, String>) String::valueOf;
        }
        if (t == Long.class || t == Double.class || t == Integer.class) {
            return null;
        }
        throw new IllegalStateException("No argument of type " + t + " in the access test: add one");
    }

    private Fixture fixture() {
        Map<Who, UserSummary> who = new java.util.EnumMap<>(Who.class);
        Classroom.Setup setup = classroom.create(2);
        who.put(Who.LEARNER, setup.learner());
        who.put(Who.INSTRUCTOR, setup.teacher());
        who.put(Who.OUTSIDER, users.create(Role.LEARNER));
        who.put(Who.OTHER_INSTRUCTOR, users.create(Role.INSTRUCTOR));
        who.put(Who.ADMIN, users.create(Role.ADMIN));
        Assignment a = setup.assign(
                assignments, Classroom.fourQuestions(clock.instant().minusSeconds(60)));
        TestUsers.login(setup.teacher());
        ClassSummary joinable = classes.create("Joinable " + setup.teacher().username());
        TestUsers.login(setup.learner());
        AttemptView attempt = attempts.start(a.id());
        long scope = settings.saveScope("Mine", StudyScope.WHOLE_BANK).id();
        TestUsers.logout();
        return new Fixture(who, setup.learners().get(1), setup.cls(), joinable, a, attempt, scope);
    }

    /** The public methods of the app's services, by "Service.method" ("Service.method/arity" for overloads). */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> out = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.quiztrainer")
                    || CHECKED_PER_BANK.contains(type.getSimpleName())) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(x -> Modifier.isPublic(x.getModifiers())
                            && !Modifier.isStatic(x.getModifiers())
                            && !x.isSynthetic()
                            && !x.isBridge())
                    .forEach(x -> {
                        String key = type.getSimpleName() + "." + x.getName();
                        if (overloaded(type, x.getName())) {
                            key += "/" + x.getParameterCount();
                        }
                        Method before = out.put(key, x);
                        assertThat(before)
                                .as("overloads of " + x.getName() + " with as many parameters need rules of their own")
                                .isNull();
                    });
        }
        return out;
    }

    /** Whether the class has more than one public method of the name (each is then keyed "name/arity"). */
    private static boolean overloaded(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                        .filter(x -> Modifier.isPublic(x.getModifiers()) && !x.isSynthetic() && !x.isBridge())
                        .filter(x -> x.getName().equals(name))
                        .count()
                > 1;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
