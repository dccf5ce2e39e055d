package org.quiztrainer.study.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.srs.Rating;
import org.quiztrainer.study.AnswerResult;
import org.quiztrainer.study.CardService;
import org.quiztrainer.study.QueueCounts;
import org.quiztrainer.study.StudyItem;
import org.quiztrainer.study.StudyScope;
import org.quiztrainer.study.StudyService;
import org.quiztrainer.study.StudySettingsService;

/**
 * A study session: pick a scope, see what is left (new, learning, review), answer card after card, and
 * a summary when the day's work in the scope is done. Keys: Space/Enter reveal, 1-4 rate, Enter checks
 * and confirms, u or Ctrl+Z undo the last answer.
 */
@Route("study")
@Menu(order = 10, icon = "vaadin:academy-cap", title = "nav.study")
@PermitAll
public class StudyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ScopePicker scopePicker;
    final QueueCount newCount = new QueueCount("count-new", getTranslation("study.count.new"));
    final QueueCount learningCount = new QueueCount("count-learning", getTranslation("study.count.learning"));
    final QueueCount reviewCount = new QueueCount("count-review", getTranslation("study.count.review"));
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div notices = new Div();
    final Div stage = new Div();
    final Button undo = new Button(getTranslation("study.undo"), VaadinIcon.ARROW_BACKWARD.create());
    final CardActions actions;
    private final StudyService study;
    private final StudySettingsService settings;
    private final BankService bank;
    final PhaseKeys cardKeys = new PhaseKeys(this);
    final Instant sessionStart;
    ReviewCard card;
    private StudyScope scope = StudyScope.WHOLE_BANK;
    private int done;

    public StudyView(
            StudyService study,
            StudySettingsService settings,
            CardService cards,
            BankService bank,
            BankCatalogService catalog,
            Clock clock) {
        this.study = study;
        this.settings = settings;
        this.bank = bank;
        this.sessionStart = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        addClassName("study-view");
        scopePicker = new ScopePicker(bank, catalog, settings, getLocale(), s -> {
            scope = s;
            next();
        });
        actions = new CardActions(cards, this::reload, this::next, notices);
        UnorderedList counts = new UnorderedList(newCount, learningCount, reviewCount);
        counts.addClassName("queue-counts");
        counts.getElement().setAttribute("aria-label", getTranslation("study.count.label"));
        counts.getElement().setAttribute("aria-live", "polite");
        progress.addClassName("session-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("study.progress.label"));
        progressText.addClassName("progress-text");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.addClassName("undo");
        undo.setTooltipText(getTranslation("study.undo.keys"));
        KeyGuard.ownActivation(undo);
        undo.addClickListener(e -> undo());
        Div toolbar = new Div(counts, undo, actions);
        toolbar.addClassName("study-toolbar");
        notices.addClassName("notices");
        stage.addClassName("stage");
        add(scopePicker, toolbar, progress, progressText, notices, stage);
        PhaseKeys always = new PhaseKeys(this);
        always.on(Key.KEY_U, this::undo).on(Key.KEY_Z, this::undo, KeyModifier.CONTROL);
    }

    /**
     * {@code study?bank=12} opens the session on that bank (the bank's page and the import link here), {@code
     * study?topic=rnn} on that topic (the progress pages link here).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("bank")
                .filter(b -> b.matches("[0-9]{1,18}"))
                .map(Long::parseLong)
                .ifPresent(scopePicker::selectBank);
        query.getSingleParameter("topic").ifPresent(scopePicker::selectTopic);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (event.isInitialAttach()) {
            UI ui = event.getUI();
            ui.getPage().retrieveExtendedClientDetails(d -> settings.initialise(zone(d.getTimeZoneId())));
            next();
        }
    }

    static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Shows the next card of the scope, or the summary when there is none. */
    void next() {
        Optional<StudyItem> item = study.next(scope);
        refreshCounts();
        item.ifPresentOrElse(this::show, this::showSummary);
    }

    void show(StudyItem item) {
        stage.removeAll();
        card = new ReviewCard(
                        item,
                        getLocale(),
                        cardKeys,
                        (r, time) -> study.check(item.questionId(), r, time),
                        (rating, answer) -> record(item, rating, answer),
                        null)
                .withUnits(bank::unit);
        actions.showFor(item);
        stage.add(card);
        undo.setEnabled(study.canUndo());
    }

    private void record(StudyItem item, Rating rating, ReviewCard.RecordedAnswer answer) {
        Optional<AnswerResult> result = actions.record(study, item, rating, answer);
        if (result.isPresent()) {
            done++;
            notices.removeAll();
            if (result.get().becameLeech()) {
                actions.leechNotice(item);
            }
            next();
        }
    }

    private void reload(String questionId) {
        study.item(questionId).ifPresentOrElse(this::show, this::next);
        refreshCounts();
    }

    void undo() {
        Optional<String> undone = study.undo();
        if (undone.isEmpty()) {
            Notification.show(getTranslation("study.undo.nothing"));
            return;
        }
        done = Math.max(0, done - 1);
        notices.removeAll();
        Notification.show(getTranslation("study.undo.done"));
        reload(undone.get());
    }

    private void showSummary() {
        card = null;
        cardKeys.clear();
        actions.showFor(null);
        stage.removeAll();
        SummaryPanel summary =
                new SummaryPanel(study.summary(sessionStart), settings.mine().zone(), getLocale());
        stage.add(summary);
        summary.getElement().callJsFunction("focus");
        undo.setEnabled(study.canUndo());
    }

    private void refreshCounts() {
        QueueCounts c = study.counts(scope);
        newCount.set(c.newCards());
        learningCount.set(c.learning());
        reviewCount.set(c.review());
        int total = done + c.total();
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("study.progress", done, total));
    }

    int done() {
        return done;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.study");
    }
}
