package org.quiztrainer.bank.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiztrainer.bank.BankLoadResult;
import org.quiztrainer.bank.BankProblem;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.export.Download;
import org.quiztrainer.bank.parse.BankReader;

/**
 * {@code export --format gift|anki [--lang zh|en] [--topic ID] --out FILE [DIR]}: writes the bank
 * (generated questions included) exactly as the app's download does ({@link Download}). A bank with
 * errors writes nothing. {@code --out -} writes to standard output. The file is written next to its
 * target and moved into place, so a failed export leaves an earlier file whole.
 */
final class ExportCommand implements Command {

    private final String defaultBank;

    ExportCommand(String defaultBank) {
        this.defaultBank = defaultBank;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the bank as the app's GIFT or Anki download";
    }

    @Override
    public String usage() {
        return "export --format gift|anki [--lang zh|en] [--topic ID] --out FILE [DIR]\n"
                + "  --format  gift (Moodle GIFT) or anki (Anki text)\n"
                + "  --lang    the language written (default zh)\n"
                + "  --topic   only this topic and its subtopics (default the whole bank)\n"
                + "  --out     the file to write, or - for standard output\n"
                + "  DIR       the bank folder (default " + defaultBank + ")";
    }

    @Override
    public Map<String, Boolean> options() {
        return Map.of("format", true, "lang", true, "topic", true, "out", true);
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws UsageException {
        String code = options.value("format").orElseThrow(() -> new UsageException("--format is required"));
        Download format = Download.fromCode(code)
                .orElseThrow(() -> new UsageException("unknown format '" + code + "': expected gift or anki"));
        String lang = options.value("lang").orElse("zh");
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new UsageException("unknown language '" + lang + "': expected zh or en");
        }
        String target = options.value("out").orElseThrow(() -> new UsageException("--out FILE is required"));
        Path dir = Path.of(options.atMostOne("folder", defaultBank));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no bank folder " + dir);
        }
        BankLoadResult result = BankReader.read(dir);
        if (!result.isValid()) {
            for (BankProblem p : result.problems()) {
                err.println(dir.resolve(p.file()) + ":" + p.line() + ": error: " + p.reason());
            }
            err.println(dir + ": " + result.problems().size() + " error(s); nothing written");
            return BankCli.PROBLEMS;
        }
        QuestionBank bank = result.bank().orElseThrow();
        Optional<String> topic = options.value("topic");
        List<Question> questions = bank.questions();
        if (topic.isPresent()) {
            Set<String> scope = withSubtopics(bank, topic.get());
            questions =
                    questions.stream().filter(q -> scope.contains(q.topicId())).toList();
        }
        byte[] bytes = format.write(questions, bank.topics(), Locale.forLanguageTag(lang));
        if (target.equals("-")) {
            out.write(bytes, 0, bytes.length);
            out.flush();
            err.println("wrote " + questions.size() + " questions (" + format.code() + ", " + lang + ")");
            return BankCli.OK;
        }
        try {
            write(Path.of(target), bytes);
        } catch (IOException e) {
            err.println("bank export: cannot write " + target + ": " + e.getMessage());
            return BankCli.PROBLEMS;
        }
        out.println("wrote " + questions.size() + " questions to " + target + " (" + format.code() + ", " + lang + ")");
        return BankCli.OK;
    }

    private static Set<String> withSubtopics(QuestionBank bank, String topic) throws UsageException {
        if (bank.topics().stream().noneMatch(t -> t.id().equals(topic))) {
            throw new UsageException("unknown topic '" + topic + "'");
        }
        Set<String> scope = new HashSet<>(Set.of(topic));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Topic t : bank.topics()) {
                if (t.parentId() != null && scope.contains(t.parentId()) && scope.add(t.id())) {
                    grew = true;
                }
            }
        }
        return scope;
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            Files.write(temp, bytes);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
