package org.quiztrainer.bank.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quiztrainer.bank.BankLoadResult;
import org.quiztrainer.bank.Location;
import org.quiztrainer.bank.parse.BankFixtures;
import org.quiztrainer.bank.parse.BankReader;

/**
 * Each lint rule fires on a small bad fixture (the clean bank {@code bank/lint/clean} with one thing
 * changed) with its file, line, question and reason, and stays quiet on the clean bank and on questions
 * that only look like its target ({@code bank/lint/quiet}).
 */
class BankLintTest {

    @TempDir
    Path dir;

    private Path clean() {
        BankFixtures.copy(BankFixtures.resource("lint/clean"), dir);
        return dir;
    }

    static List<Finding> lint(Path root) {
        BankLoadResult result = BankReader.read(root);
        assertThat(result.problems()).as("the fixture is a valid bank").isEmpty();
        return BankLint.check(result.bank().orElseThrow());
    }

    private void replace(String file, String find, String with) {
        Path path = dir.resolve(file);
        try {
            String text = Files.readString(path);
            assertThat(text).as("fixture text to change").contains(find);
            Files.writeString(path, text.replace(find, with));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCleanBankAndQuestionsThatOnlyLookWrongHaveNoFinding() {
        assertThat(lint(clean())).isEmpty();
        BankFixtures.copy(BankFixtures.resource("lint/quiet"), dir);
        assertThat(lint(dir)).isEmpty();
    }

    @Test
    void everyRuleHasAnIdAndEachIdIsUnique() {
        assertThat(BankLint.ruleIds())
                .doesNotHaveDuplicates()
                .contains(
                        "caveated-figure",
                        "several-sizes",
                        "company-as-model",
                        "fine-tuning-time",
                        "release-date",
                        "answer-in-prompt",
                        "distractor-true",
                        "contradicts-table",
                        "known-error",
                        "accept-loose",
                        "accept-head-noun",
                        "numeric-unit-word",
                        "zh-punctuation",
                        "en-punctuation");
    }

    /** A change to a file of the clean bank, and the finding it must give. */
    static Stream<Arguments> changes() {
        String models = "facts/models.csv";
        String templates = "facts/templates.txt";
        return Stream.of(
                Arguments.of(
                        "a comparison built on a mixture-of-experts total",
                        templates,
                        "skip: company undisclosed moe largest-public",
                        "skip: company undisclosed largest-public",
                        "caveated-figure",
                        Severity.ERROR,
                        templates + ":134",
                        "compare.larger.gopher.glam",
                        "add 'skip: moe'"),
                Arguments.of(
                        "a flagged figure without a variant text",
                        models,
                        "params_b:moe,",
                        "params_b:moe | params_b:largest,",
                        "caveated-figure",
                        Severity.ERROR,
                        templates + ":31",
                        "fact.params.glam",
                        "text.moe+largest.zh/en"),
                Arguments.of(
                        "an undisclosed figure without its note",
                        models,
                        "Google 没有公布 PaLM 2 的大小。,Google has not disclosed the size of PaLM 2.",
                        ",",
                        "caveated-figure",
                        Severity.ERROR,
                        models + ":16",
                        "",
                        "has no note"),
                Arguments.of(
                        "an undisclosed figure asked as a fact",
                        templates,
                        "text.undisclosed.zh: 综述表中为 {name} 列出的参数量是多少？",
                        "text.undisclosed.zh: {name} 的参数量是多少？",
                        "caveated-figure",
                        Severity.ERROR,
                        templates + ":31",
                        "",
                        "what the survey's table lists"),
                Arguments.of(
                        "a size of a model with several sizes, not saying which",
                        models,
                        "t5,T5,open,2019-10,11,,1T tokens,1024 TPU v3,,params_b:largest,",
                        "t5,T5,open,2019-10,11,,1T tokens,1024 TPU v3,,params_b:largest-public | params_b:largest,",
                        "several-sizes",
                        Severity.ERROR,
                        templates + ":31",
                        "fact.params.t5",
                        "text.largest-public+largest.zh/en"),
                Arguments.of(
                        "a company asked as a model",
                        models,
                        "gopher,Gopher,closed,2021-12,280,,300B tokens,4096 TPU v3,920 h,params_b:largest,",
                        "gopher,Gopher,closed,2021-12,280,,300B tokens,4096 TPU v3,920 h,name:company | params_b:largest,",
                        "company-as-model",
                        Severity.ERROR,
                        templates + ":106",
                        "fact.hardware.gopher",
                        "a company's name"),
                Arguments.of(
                        "a fine-tuning time asked as training time",
                        models,
                        "27 h,params_b:largest | training_time:from-base,",
                        "27 h,params_b:largest | training_time:from-base | name:company,",
                        "fine-tuning-time",
                        Severity.ERROR,
                        templates + ":117",
                        "fact.training-time.t0",
                        "text.company+from-base.zh/en"),
                Arguments.of(
                        "a fine-tuning time the table does not flag",
                        models,
                        "27 h,params_b:largest | training_time:from-base,",
                        "27 h,params_b:largest,",
                        "fine-tuning-time",
                        Severity.WARNING,
                        models + ":3",
                        "",
                        "flag it training_time:from-base"),
                Arguments.of(
                        "released where the table means the paper",
                        templates,
                        "text.en: When was the paper on {name} published?",
                        "text.en: When was {name} released?",
                        "release-date",
                        Severity.ERROR,
                        templates + ":14",
                        "",
                        "date the paper was published"),
                Arguments.of(
                        "the answer in the template's words",
                        templates,
                        "text.en: How many parameters does {name} have (in billions, B)?",
                        "text.en: How many parameters does {name} have (in billions, e.g. 20B)?",
                        "answer-in-prompt",
                        Severity.ERROR,
                        templates + ":31",
                        "fact.params.alexatm",
                        "contains '20' in the words of template fact.params"),
                Arguments.of(
                        "the answer through a value the template fills in",
                        templates,
                        "text.en: How large was the pre-training corpus of {name}?",
                        "text.en: How large was the pre-training corpus of {name} ({corpus})?",
                        "answer-in-prompt",
                        Severity.ERROR,
                        templates + ":84",
                        "fact.corpus.gpt-neox",
                        "text.en gives the answer away: it contains '825GB' through a value that template"
                                + " fact.corpus fills in"),
                Arguments.of(
                        "an accepted answer other than the term without the noun the question asks for",
                        "concepts/basics.txt",
                        "| 误差反向传播 | 误差反向传播算法",
                        "| 误差反向传播",
                        "accept-head-noun",
                        Severity.WARNING,
                        "concepts/basics.txt:48",
                        "basics.short",
                        "the question asks for the 算法, so accept also '误差反向传播算法'"),
                Arguments.of(
                        "the answer in a hand-written question",
                        "concepts/basics.txt",
                        "text.en: In which year was LSTM published?",
                        "text.en: In which year was LSTM published (1997 or later)?",
                        "answer-in-prompt",
                        Severity.ERROR,
                        "concepts/basics.txt:59",
                        "basics.numeric",
                        "contains '1997'"),
                Arguments.of(
                        "ASCII punctuation that a filled-in name brings into Chinese text",
                        models,
                        "welm,WeLM,",
                        "welm,WeLM?,",
                        "zh-punctuation",
                        Severity.ERROR,
                        templates + ":14",
                        "fact.release.welm",
                        "ASCII '?' in Chinese text at 'WeLM? 的论文是什么时候发表…': write '？' (filled in by template"
                                + " fact.release)"),
                Arguments.of(
                        "ASCII punctuation in a template's Chinese",
                        templates,
                        "text.zh: {name} 有多少参数？（以十亿 B 为单位）",
                        "text.zh: {name} 有多少参数?(以十亿 B 为单位)",
                        "zh-punctuation",
                        Severity.ERROR,
                        templates + ":31",
                        "",
                        "write '？'"),
                Arguments.of(
                        "full-width punctuation in a note's English",
                        models,
                        "1200B is the total of a sparse mixture-of-experts model.",
                        "1200B is the total of a sparse mixture-of-experts model。",
                        "en-punctuation",
                        Severity.ERROR,
                        models + ":11",
                        "",
                        "write ASCII punctuation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeGivesItsFinding(
            String what,
            String file,
            String find,
            String with,
            String rule,
            Severity severity,
            String at,
            String question,
            String reason) {
        clean();
        replace(file, find, with);

        List<Finding> findings = lint(dir);

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.at().toString()).isEqualTo(at);
            assertThat(f.questionId()).isEqualTo(question);
            assertThat(f.reason()).contains(reason);
        });
        assertThat(findings).allSatisfy(f -> assertThat(f.rule()).isIn(rule, "several-sizes", "company-as-model"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void aHandWrittenQuestionThatBreaksARuleIsNamed(String rule, Severity severity) {
        clean();
        BankFixtures.copy(BankFixtures.resource("lint/bad/" + rule), dir);

        List<Finding> findings = lint(dir);

        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.at().toString()).isEqualTo("concepts/bad.txt:3");
            assertThat(f.questionId()).startsWith("bad.");
        });
    }

    static Stream<Arguments> overlays() {
        return Stream.of(
                Arguments.of("accept-loose", Severity.WARNING),
                Arguments.of("accept-head-noun", Severity.WARNING),
                Arguments.of("numeric-unit-word", Severity.ERROR),
                Arguments.of("contradicts-table", Severity.ERROR),
                Arguments.of("known-error", Severity.ERROR),
                Arguments.of("zh-punctuation", Severity.ERROR),
                Arguments.of("en-punctuation", Severity.ERROR));
    }

    @Test
    void aFindingPrintsAsFileLineSeverityRuleQuestionAndReason() {
        Finding f = Finding.error("zh-punctuation", new Location("concepts/a.txt", 7), "a.b", "why");
        assertThat(f).hasToString("concepts/a.txt:7: error [zh-punctuation] a.b: why");
        assertThat(Finding.warning("r", new Location("f", 1), "", "why")).hasToString("f:1: warning [r] why");
    }
}
