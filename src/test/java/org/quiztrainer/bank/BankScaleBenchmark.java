package org.quiztrainer.bank;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.quiztrainer.Application;
import org.quiztrainer.TestUsers;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bank of 20,000 questions beside the built-in one: saving it in one batch (as an import does), saving it again
 * unchanged, one editor save in it, browsing pages and counting, searching words, and studying it (next + answer,
 * practice) against studying the built-in bank (learners taking turns, each with at most 15 new cards a scope), through the secured services of the whole app on a fresh H2 file
 * database (or the database named). Prints a table of p50 / p95 / max. Run:
 *
 * <pre>
 * bash scripts/benchmark org.quiztrainer.bank.BankScaleBenchmark [--spring.datasource.url=... ]
 * </pre>
 */
public final class BankScaleBenchmark {

    static final int QUESTIONS = 20_000;
    static final int ROUNDS = 300;
    static final int PAGE = 50;
    /** Learners who study in turn: each takes at most a day's new cards of a scope. */
    static final int LEARNERS = 20;

    private BankScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> spring = new ArrayList<>(Arrays.asList(args));
        if (spring.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            Path dir = Files.createDirectories(Path.of("target/bench")).toAbsolutePath();
            spring.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("banks" + System.nanoTime())
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        }
        spring.addAll(List.of(
                "--server.port=0",
                "--app.demo-data=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--vaadin.devmode.devTools.enabled=false"));
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Application.class).run(spring.toArray(String[]::new))) {
            TestUsers users = context.getBean(TestUsers.class);
            BankCatalogService catalog = context.getBean(BankCatalogService.class);
            QuestionEditorService editor = context.getBean(QuestionEditorService.class);
            BankService bank = context.getBean(BankService.class);
            StudyService study = context.getBean(StudyService.class);

            UserSummary owner = users.create(Role.INSTRUCTOR);
            TestUsers.login(owner);
            Bank big = catalog.create(BankSettings.privateBank("两万题", BankLanguages.ZH));
            List<QuestionDraft> drafts = drafts();
            System.out.printf(
                    Locale.ROOT,
                    "%nA bank of %,d questions beside the built-in bank (%d questions); %d cores, Java %s%n%n",
                    QUESTIONS,
                    bank.count(QuestionFilter.bank(Bank.BUILT_IN)),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.println("| operation | n | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            print(
                    "saveAll: 20,000 new questions, one batch",
                    once(() ->
                            editor.saveAll(big.id(), drafts, List.of()).saved().size()));
            print(
                    "saveAll: the same 20,000 again, unchanged",
                    once(() -> editor.saveAll(big.id(), drafts, List.of()).count(SaveReport.Outcome.UNCHANGED)));
            List<String> ids = bank.find(QuestionFilter.bank(big.id()), 0, QUESTIONS).stream()
                    .map(QuestionSummary::id)
                    .toList();
            SplittableRandom random = new SplittableRandom(42);
            print("editor: load + save one changed question", repeat(50, () -> {
                String id = ids.get(random.nextInt(ids.size()));
                EditableQuestion q = editor.load(id);
                QuestionDraft d = q.draft();
                return editor.save(
                                id,
                                new QuestionDraft(
                                        d.key(),
                                        d.topicId(),
                                        List.of(),
                                        d.tags(),
                                        d.source(),
                                        Drafts.zh(d.text().zh() + "（改）"),
                                        d.explanation(),
                                        d.content(),
                                        d.html(),
                                        d.baseVersion()))
                        .saved()
                        .size();
            }));
            QuestionFilter all = QuestionFilter.bank(big.id());
            print(
                    "browse: a page of 50 at a random offset",
                    repeat(
                            ROUNDS,
                            () -> bank.find(all, PAGE * random.nextInt(QUESTIONS / PAGE), PAGE)
                                    .size()));
            print("browse: count the bank", repeat(ROUNDS, () -> bank.count(all)));
            print("search: a word, first page + count", repeat(ROUNDS, () -> {
                QuestionFilter f = new QuestionFilter(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("编号" + random.nextInt(QUESTIONS) + "号"))
                        .inBanks(Set.of(big.id()));
                return bank.find(f, 0, PAGE).size() + bank.count(f);
            }));
            print(
                    "search: a type and tag in both banks, first page",
                    repeat(
                            ROUNDS,
                            () -> bank.find(
                                            new QuestionFilter(
                                                            Optional.empty(),
                                                            Optional.of(QuestionType.SINGLE_CHOICE),
                                                            Optional.of("rlhf"),
                                                            Optional.empty())
                                                    .inBanks(Set.of(Bank.BUILT_IN, big.id())),
                                            0,
                                            PAGE)
                                    .size()));
            List<UserSummary> learners = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                learners.add(users.create(Role.LEARNER));
            }
            TestUsers.login(owner);
            StudyScope bigScope = StudyScope.ofBanks(Set.of(big.id()));
            StudyScope builtIn = StudyScope.ofBanks(Set.of(Bank.BUILT_IN));
            print(
                    "study the 20,000 bank: first next (cold)",
                    once(() -> study.next(bigScope).isPresent() ? 1 : 0));
            print(
                    "practice 20 from the 20,000 bank",
                    repeat(
                            50,
                            () -> study.practice(bigScope, 20, random.nextLong())
                                    .size()));
            int[] round = {0};
            print("study the 20,000 bank: next + answer", repeat(ROUNDS, () -> {
                TestUsers.login(learners.get(round[0]++ % LEARNERS));
                return step(study, bigScope, random);
            }));
            print("study the built-in bank beside it: next + answer", repeat(ROUNDS, () -> {
                TestUsers.login(learners.get(round[0]++ % LEARNERS));
                return step(study, builtIn, random);
            }));
            TestUsers.logout();
        }
    }

    static long step(StudyService study, StudyScope scope, SplittableRandom random) {
        StudyItem item = study.next(scope).orElseThrow();
        study.answer(new AnswerCommand(
                item.questionId(),
                item.cardVersion(),
                item.requestId(),
                Rating.ofGrade(2 + random.nextInt(3)),
                Optional.empty(),
                Duration.ofSeconds(6),
                ReviewSource.STUDY));
        return 1;
    }

    /** 20,000 drafts of the eight graded types, each text numbered so that a search finds one. */
    static List<QuestionDraft> drafts() {
        List<QuestionDraft> types = Drafts.everyType();
        List<QuestionDraft> out = new ArrayList<>(QUESTIONS);
        for (int i = 0; i < QUESTIONS; i++) {
            QuestionDraft t = types.get(i % types.size());
            out.add(Drafts.draft("k" + i, "编号" + i + "号：" + t.text().zh(), t.content()));
        }
        return out;
    }

    static long[] once(LongSupplier call) {
        return repeat(1, call);
    }

    static long[] repeat(int n, LongSupplier call) {
        long[] times = new long[n];
        long sink = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            sink += call.getAsLong();
            times[i] = System.nanoTime() - t;
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return times;
    }

    static void print(String name, long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f |%n",
                name,
                v.length,
                ms(v, 0.50),
                ms(v, 0.95),
                v[v.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
