package org.quiztrainer.bank.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quiztrainer.bank.BankIds;
import org.quiztrainer.bank.Location;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.Template;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.bank.Unit;

/** The checks across files: unique ids, known topics, parents and units. */
final class BankValidator {

    private final Problems problems;

    BankValidator(Problems problems) {
        this.problems = problems;
    }

    void checkTopics(List<Topic> topics) {
        Map<String, Topic> byId = unique(topics, Topic::id, Topic::origin);
        for (Topic t : topics) {
            if (BankIds.isReserved(t.id())) {
                problems.add(t.origin(), reserved(t.id()));
            }
            Set<String> seen = new HashSet<>();
            String parent = t.parentId();
            while (parent != null) {
                if (!byId.containsKey(parent)) {
                    problems.add(t.origin(), "unknown parent topic '" + parent + "' of " + t.id());
                    break;
                }
                if (!seen.add(parent) || parent.equals(t.id())) {
                    problems.add(t.origin(), "topic " + t.id() + " is its own ancestor");
                    break;
                }
                parent = byId.get(parent).parentId();
            }
        }
    }

    void checkUnits(List<Unit> units) {
        unique(units, Unit::id, Unit::origin);
    }

    void checkTemplates(List<Template> templates, List<Unit> units) {
        unique(templates, Template::id, Template::origin);
        Set<String> unitIds = units.stream().map(Unit::id).collect(Collectors.toSet());
        for (Template t : templates) {
            if (t.unit() != null && !unitIds.contains(t.unit())) {
                problems.add(t.origin(), "bad unit: unknown unit '" + t.unit() + "' (see units.txt)");
            }
        }
    }

    void checkQuestions(List<Question> questions, List<Topic> topics, List<Unit> units) {
        Set<String> topicIds = topics.stream().map(Topic::id).collect(Collectors.toSet());
        Set<String> unitIds = units.stream().map(Unit::id).collect(Collectors.toSet());
        unique(questions, Question::id, Question::origin);
        for (Question q : questions) {
            if (!BankIds.isValid(q.id())) {
                problems.add(q.origin(), QuestionParser.badId(q.id()));
            } else if (BankIds.isReserved(q.id())) {
                problems.add(q.origin(), reserved(q.id()));
            }
            if (!topicIds.contains(q.topicId())) {
                problems.add(q.origin(), "unknown topic '" + q.topicId() + "' in " + q.id());
            }
            if (q.content() instanceof QuestionContent.Numeric n && n.unit() != null && !unitIds.contains(n.unit())) {
                problems.add(q.origin(), "bad unit: unknown unit '" + n.unit() + "' in " + q.id() + " (see units.txt)");
            }
        }
    }

    private static String reserved(String id) {
        return "id '" + id + "' is reserved: ids b<number>.… belong to banks written in the app";
    }

    /** Reports every id seen before, pointing at the first one. */
    private <T> Map<String, T> unique(List<T> items, Function<T, String> id, Function<T, Location> at) {
        Map<String, T> first = new HashMap<>();
        for (T item : items) {
            T earlier = first.putIfAbsent(id.apply(item), item);
            if (earlier != null) {
                problems.add(
                        at.apply(item), "duplicate id '" + id.apply(item) + "' (first at " + at.apply(earlier) + ")");
            }
        }
        return first;
    }
}
