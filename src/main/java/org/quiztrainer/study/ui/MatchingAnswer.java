package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.grading.Feedback;
import org.quiztrainer.grading.Response;

/** A drop-down per left item with the right sides shuffled; pairs are answered by bank index. */
class MatchingAnswer extends Div implements AnswerWidget {

    final List<Select<String>> selects = new ArrayList<>();
    private final List<QuestionContent.MatchPair> pairs;
    private final Locale locale;

    MatchingAnswer(List<QuestionContent.MatchPair> pairs, Locale locale, Random random) {
        this.pairs = pairs;
        this.locale = locale;
        addClassName("answer-matching");
        List<String> rights = AnswerWidgets.shuffled(pairs.size(), random).stream()
                .map(String::valueOf)
                .toList();
        for (int i = 0; i < pairs.size(); i++) {
            Select<String> select = new Select<>();
            select.setLabel(pairs.get(i).left().in(locale));
            select.setPlaceholder(getTranslation("study.answer.match-choose"));
            select.setItems(rights);
            select.setItemLabelGenerator(this::right);
            select.setWidthFull();
            select.getElement().addPropertyChangeListener("opened", "opened-changed", e -> {});
            KeyGuard.ownActivation(select);
            select.getElement()
                    .getChildren()
                    .filter(c -> c.getTag().endsWith("list-box"))
                    .findFirst()
                    .ifPresent(listBox -> KeyGuard.ownActivation(select, listBox));
            selects.add(select);
            add(select);
        }
    }

    private String right(String id) {
        return pairs.get(Integer.parseInt(id)).right().in(locale);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Optional<Response> response() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < selects.size(); i++) {
            String value = selects.get(i).getValue();
            if (value != null) {
                chosen.put(Integer.toString(i), value);
            }
        }
        return Optional.of(new Response.Pairs(chosen));
    }

    @Override
    public boolean blank() {
        return selects.stream().allMatch(s -> s.getValue() == null);
    }

    @Override
    public void showFeedback(Feedback feedback) {
        for (int i = 0; i < selects.size(); i++) {
            Select<String> select = selects.get(i);
            select.setReadOnly(true);
            if (feedback instanceof Feedback.Matching f && !f.correct().contains(Integer.toString(i))) {
                select.setErrorMessage(getTranslation("study.feedback.match-right", right(Integer.toString(i))));
                select.setInvalid(true);
            }
        }
    }

    @Override
    public void focus() {
        if (!selects.isEmpty()) {
            selects.get(0).focus();
        }
    }

    @Override
    public boolean choosing() {
        return selects.stream().anyMatch(s -> s.getElement().getProperty("opened", false));
    }
}
