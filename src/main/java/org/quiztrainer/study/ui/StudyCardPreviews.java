package org.quiztrainer.study.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.Unit;
import org.quiztrainer.bank.ui.LearnerCards;

/** The study view's own card for the question editor's preview: a {@link CardPreview}. */
@SpringComponent
class StudyCardPreviews implements LearnerCards {

    @Override
    public Component preview(Question question, Locale locale, Function<String, Optional<Unit>> units) {
        return new CardPreview(question, locale, units);
    }
}
