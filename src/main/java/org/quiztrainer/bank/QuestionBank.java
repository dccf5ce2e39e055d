package org.quiztrainer.bank;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole, valid bank: topics, units, the facts table, templates and every question (hand-written
 * and generated).
 */
public record QuestionBank(
        List<Topic> topics,
        List<Unit> units,
        List<ModelFact> models,
        List<Template> templates,
        List<Question> questions) {

    public QuestionBank {
        topics = List.copyOf(topics);
        units = List.copyOf(units);
        models = List.copyOf(models);
        templates = List.copyOf(templates);
        questions = List.copyOf(questions);
    }

    /** The questions by id, in bank order. */
    public Map<String, Question> questionsById() {
        return questions.stream()
                .collect(
                        Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The questions written by hand (not generated from the facts table). */
    public List<Question> handWritten() {
        return questions.stream()
                .filter(q -> q.origin().file().startsWith("concepts/"))
                .toList();
    }
}
