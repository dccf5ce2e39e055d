package org.quiztrainer.classroom.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.quiztrainer.bank.QuestionSummary;
import org.quiztrainer.bank.Topic;
import org.quiztrainer.classroom.AssignmentSettings;
import org.quiztrainer.classroom.GradingMethod;
import org.quiztrainer.classroom.ReviewOptions;

/** The fields of an assignment's settings; times are entered in the instructor's time zone. */
class AssignmentForm extends Composite<FormLayout> {

    final TextField title = new TextField();
    final TextArea instructions = new TextArea();
    final MultiSelectComboBox<String> questions = new MultiSelectComboBox<>();
    final IntegerField randomCount = new IntegerField();
    final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final IntegerField weakestCount = new IntegerField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final IntegerField timeLimit = new IntegerField();
    final IntegerField attempts = new IntegerField();
    final Select<GradingMethod> method = new Select<>();
    final Checkbox shuffleQuestions = new Checkbox();
    final Checkbox shuffleChoices = new Checkbox();
    final Checkbox immediate = new Checkbox();
    final Checkbox reviewScore = new Checkbox();
    final Checkbox reviewAnswers = new Checkbox();
    final Checkbox reviewCorrect = new Checkbox();
    final Checkbox reviewExplanations = new Checkbox();
    final Select<ReviewOptions.When> reviewWhen = new Select<>();
    private final ZoneId zone;

    AssignmentForm(List<QuestionSummary> bank, List<Topic> topicList, List<String> tagList, ZoneId zone) {
        this.zone = zone;
        Map<String, QuestionSummary> byId = new HashMap<>();
        bank.forEach(q -> byId.put(q.id(), q));
        questions.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        questions.setItems(bank.stream().map(QuestionSummary::id).toList());
        questions.setItemLabelGenerator(id -> id + " · " + byId.get(id).text().in(getLocale()));
        Map<String, Topic> topicById = new HashMap<>();
        topicList.forEach(t -> topicById.put(t.id(), t));
        topics.setItems(topicList.stream().map(Topic::id).toList());
        topics.setItemLabelGenerator(id -> topicById.get(id).name().in(getLocale()));
        tags.setItems(tagList);
        method.setItems(GradingMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("class.method." + m.name()));
        reviewWhen.setItems(ReviewOptions.When.values());
        reviewWhen.setItemLabelGenerator(w -> getTranslation("class.when." + w.name()));
        for (IntegerField f : List.of(randomCount, weakestCount, timeLimit, attempts)) {
            f.setMin(0);
            f.setStepButtonsVisible(true);
        }
        label();
        FormLayout form = getContent();
        form.add(
                title,
                instructions,
                questions,
                randomCount,
                topics,
                tags,
                weakestCount,
                opens,
                closes,
                timeLimit,
                attempts,
                method,
                shuffleQuestions,
                shuffleChoices,
                immediate,
                reviewWhen,
                reviewScore,
                reviewAnswers,
                reviewCorrect,
                reviewExplanations);
        form.setColspan(instructions, 2);
        form.setColspan(questions, 2);
    }

    private void label() {
        title.setLabel(getTranslation("class.assignment.title"));
        instructions.setLabel(getTranslation("class.assignment.instructions"));
        questions.setLabel(getTranslation("class.assignment.questions"));
        randomCount.setLabel(getTranslation("class.assignment.random"));
        topics.setLabel(getTranslation("class.assignment.topics"));
        tags.setLabel(getTranslation("class.assignment.tags"));
        weakestCount.setLabel(getTranslation("class.assignment.weakest"));
        weakestCount.setHelperText(getTranslation("class.assignment.weakest-help"));
        opens.setLabel(getTranslation("class.assignment.opens"));
        closes.setLabel(getTranslation("class.assignment.closes"));
        timeLimit.setLabel(getTranslation("class.assignment.time-limit"));
        timeLimit.setHelperText(getTranslation("class.assignment.zero-none"));
        attempts.setLabel(getTranslation("class.assignment.attempts"));
        attempts.setHelperText(getTranslation("class.assignment.zero-unlimited"));
        method.setLabel(getTranslation("class.assignment.method"));
        shuffleQuestions.setLabel(getTranslation("class.assignment.shuffle-questions"));
        shuffleChoices.setLabel(getTranslation("class.assignment.shuffle-choices"));
        immediate.setLabel(getTranslation("class.assignment.immediate"));
        reviewWhen.setLabel(getTranslation("class.assignment.review-when"));
        reviewScore.setLabel(getTranslation("class.assignment.review-score"));
        reviewAnswers.setLabel(getTranslation("class.assignment.review-answers"));
        reviewCorrect.setLabel(getTranslation("class.assignment.review-correct"));
        reviewExplanations.setLabel(getTranslation("class.assignment.review-explanations"));
    }

    void read(AssignmentSettings s) {
        title.setValue(s.title());
        instructions.setValue(s.instructions());
        questions.setValue(new LinkedHashSet<>(s.questionIds()));
        randomCount.setValue(s.randomCount());
        topics.setValue(s.randomTopics());
        tags.setValue(s.randomTags());
        weakestCount.setValue(s.weakestCount());
        opens.setValue(LocalDateTime.ofInstant(s.opensAt(), zone));
        closes.setValue(LocalDateTime.ofInstant(s.closesAt(), zone));
        timeLimit.setValue(s.timeLimit() == null ? 0 : (int) s.timeLimit().toMinutes());
        attempts.setValue(s.maxAttempts());
        method.setValue(s.gradingMethod());
        shuffleQuestions.setValue(s.shuffleQuestions());
        shuffleChoices.setValue(s.shuffleChoices());
        immediate.setValue(s.immediateFeedback());
        reviewWhen.setValue(s.review().when());
        reviewScore.setValue(s.review().score());
        reviewAnswers.setValue(s.review().answers());
        reviewCorrect.setValue(s.review().correct());
        reviewExplanations.setValue(s.review().explanations());
    }

    AssignmentSettings write() {
        int minutes = value(timeLimit);
        return new AssignmentSettings(
                title.getValue(),
                instructions.getValue(),
                new ArrayList<>(questions.getValue()),
                value(randomCount),
                topics.getValue(),
                tags.getValue(),
                value(weakestCount),
                opens.getValue() == null ? null : opens.getValue().atZone(zone).toInstant(),
                closes.getValue() == null
                        ? null
                        : closes.getValue().atZone(zone).toInstant(),
                minutes <= 0 ? null : Duration.ofMinutes(minutes),
                value(attempts),
                method.getValue(),
                shuffleQuestions.getValue(),
                shuffleChoices.getValue(),
                immediate.getValue(),
                new ReviewOptions(
                        reviewScore.getValue(),
                        reviewAnswers.getValue(),
                        reviewCorrect.getValue(),
                        reviewExplanations.getValue(),
                        reviewWhen.getValue() == null ? ReviewOptions.When.AFTER_SUBMIT : reviewWhen.getValue()));
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
