package org.quiztrainer.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerCommand;
import org.quiztrainer.study.AnswerResult;
import org.quiztrainer.study.CardService;
import org.quiztrainer.study.ReviewSource;
import org.quiztrainer.study.StaleAnswerException;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyService;

/**
 * What a learner can do to the card besides answering it (suspend, bury), the notices about it (a leech,
 * a changed question with Keep and Reset), and recording an answer with its refusals shown as messages.
 */
class CardActions extends Div {

    final Button suspend = new Button(VaadinIcon.PAUSE.create());
    final Button bury = new Button(VaadinIcon.ARCHIVE.create());
    private final CardService cards;
    private final Consumer<String> reload;
    private final Runnable next;
    private final Div notices;
    private StudyItem item;

    CardActions(CardService cards, Consumer<String> reload, Runnable next, Div notices) {
        this.cards = cards;
        this.reload = reload;
        this.next = next;
        this.notices = notices;
        addClassName("card-actions");
        iconButton(suspend, "study.suspend");
        iconButton(bury, "study.bury");
        suspend.addClickListener(e -> act(() -> cards.suspend(item.questionId()), "study.suspend.done"));
        bury.addClickListener(e -> act(() -> cards.bury(item.questionId()), "study.bury.done"));
        add(suspend, bury);
        showFor(null);
    }

    private void iconButton(Button b, String key) {
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        KeyGuard.ownActivation(b);
    }

    /** Offers the actions for the card shown, a new one too (as Anki does); hides them when none is shown. */
    void showFor(StudyItem shown) {
        this.item = shown;
        suspend.setVisible(shown != null);
        bury.setVisible(shown != null);
        notices.getChildren()
                .filter(c -> c.hasClassName("changed-notice"))
                .toList()
                .forEach(notices::remove);
        if (shown != null && shown.questionChanged()) {
            Button keep = new Button(getTranslation("study.changed.keep"), e -> {
                cards.keepMemory(shown.questionId());
                reload.accept(shown.questionId());
            });
            Button reset = new Button(getTranslation("study.changed.reset"), e -> {
                cards.resetMemory(shown.questionId());
                reload.accept(shown.questionId());
            });
            notices.add(notice("changed-notice", "study.changed.text", keep, reset));
        }
    }

    private void act(Runnable action, String doneKey) {
        action.run();
        Notification.show(getTranslation(doneKey));
        next.run();
    }

    void leechNotice(StudyItem leech) {
        Button back = new Button(getTranslation("study.leech.back"));
        back.addClickListener(e -> {
            cards.unsuspend(leech.questionId());
            notices.removeAll();
            Notification.show(getTranslation("study.leech.back-done"));
        });
        notices.add(notice("leech-notice", "study.leech.text", back));
    }

    private Div notice(String className, String textKey, Button... buttons) {
        Div box = new Div();
        box.addClassNames("notice", className);
        box.getElement().setAttribute("role", "alert");
        box.add(new Span(getTranslation(textKey)));
        for (Button b : buttons) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            KeyGuard.ownActivation(b);
            box.add(b);
        }
        return box;
    }

    /** Records the answer; a refusal is shown and the card reloaded as it now is. */
    Optional<AnswerResult> record(StudyService study, StudyItem shown, Rating rating, ReviewCard.RecordedAnswer a) {
        try {
            return Optional.of(study.answer(new AnswerCommand(
                    shown.questionId(),
                    shown.cardVersion(),
                    shown.requestId(),
                    rating,
                    a.response(),
                    a.answerTime(),
                    ReviewSource.STUDY)));
        } catch (StaleAnswerException e) {
            error(getTranslation("study.error.stale"));
            reload.accept(shown.questionId());
        } catch (InvalidInputException e) {
            error(e.fieldErrors().values().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        }
        return Optional.empty();
    }

    private void error(String text) {
        Div box = new Div(new Span(text));
        box.addClassNames("notice", "error-notice");
        box.getElement().setAttribute("role", "alert");
        notices.add(box);
        Notification.show(text, 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
