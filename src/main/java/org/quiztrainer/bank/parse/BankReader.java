package org.quiztrainer.bank.parse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.quiztrainer.bank.BankLoadResult;
import org.quiztrainer.bank.ModelFact;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.Template;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.Unit;

/**
 * Reads a bank folder ({@code topics.txt}, {@code units.txt}, {@code concepts/*.txt},
 * {@code facts/models.csv}, {@code facts/templates.txt}), generates the fact questions and validates
 * everything. Every problem is collected; the bank is returned only when there is none.
 */
public final class BankReader {

    private BankReader() {}

    /** Reads and validates the bank in {@code root}. Never throws for bad content. */
    public static BankLoadResult read(Path root) {
        Problems problems = new Problems();
        List<Topic> topics = blocks(root, "topics.txt", "topic", problems, TopicParser::parse);
        List<Unit> units = blocks(root, "units.txt", "unit", problems, UnitParser::parse);
        List<Question> questions = new ArrayList<>();
        for (String file : conceptFiles(root, problems)) {
            blocks(root, file, "question", problems, QuestionParser::parse).forEach(questions::addAll);
        }
        List<ModelFact> models = text(root, "facts/models.csv", problems)
                .map(t -> ModelTableParser.parse("facts/models.csv", t, problems))
                .orElse(List.of());
        List<Template> templates = blocks(root, "facts/templates.txt", "template", problems, TemplateParser::parse);
        BankValidator validator = new BankValidator(problems);
        validator.checkTopics(topics);
        validator.checkUnits(units);
        validator.checkTemplates(templates, units);
        List<Question> generated = problems.isEmpty() ? FactGenerator.generate(templates, models) : List.of();
        List<Question> all = new ArrayList<>(questions);
        all.addAll(generated);
        validator.checkQuestions(all, topics, units);
        if (!problems.isEmpty()) {
            return new BankLoadResult(Optional.empty(), problems.list());
        }
        return new BankLoadResult(Optional.of(new QuestionBank(topics, units, models, templates, all)), List.of());
    }

    private static <T> List<T> blocks(
            Path root, String file, String kind, Problems problems, BiFunction<Block, Problems, Optional<T>> parser) {
        List<T> out = new ArrayList<>();
        text(root, file, problems).ifPresent(text -> {
            for (Block block : BlockReader.read(file, text.lines().toList(), kind, problems)) {
                parser.apply(block, problems).ifPresent(out::add);
            }
        });
        return out;
    }

    private static Optional<String> text(Path root, String file, Problems problems) {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, "missing file");
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.add(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            problems.add(file, 0, "cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static List<String> conceptFiles(Path root, Problems problems) {
        Path dir = root.resolve("concepts");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .map(n -> "concepts/" + n)
                    .toList();
        } catch (IOException e) {
            problems.add("concepts", 0, "cannot list: " + e.getMessage());
            return List.of();
        }
    }
}
