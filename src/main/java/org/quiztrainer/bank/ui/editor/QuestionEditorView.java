package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankImages;
import org.quiztrainer.bank.BankService;
import org.quiztrainer.bank.BankSummary;
import org.quiztrainer.bank.EditableQuestion;
import org.quiztrainer.bank.QuestionCheckService;
import org.quiztrainer.bank.QuestionEditorService;
import org.quiztrainer.bank.QuestionType;
import org.quiztrainer.bank.ui.BankTitles;
import org.quiztrainer.bank.ui.BrowseContext;
import org.quiztrainer.bank.ui.LearnerCards;
import org.quiztrainer.bank.ui.TopicTree;

/**
 * The question editor of a bank the user edits: a new question ({@code bank/7/question?type=cloze&topic=b7.t2}) or a
 * stored one ({@code bank/7/question/b7.q42}). The form checks what is typed as it is typed (each message on its
 * field), the preview shows the learner's card in each language, and a stored question shows who uses it. Saving a
 * question someone else saved since it was opened is refused and shows their version; nothing is overwritten.
 */
@Route("bank/:bankId([0-9]{1,18})/question/:questionId?")
@PermitAll
public class QuestionEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final BankCatalogService catalog;
    private final BankService bank;
    final EditorSession session;
    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Span status = new Span();
    final Div body = new Div();
    EditorBar bar;

    public QuestionEditorView(
            BankCatalogService catalog,
            QuestionEditorService editor,
            QuestionCheckService checks,
            BankService bank,
            BankImages images,
            LearnerCards cards) {
        this.catalog = catalog;
        this.bank = bank;
        this.session = new EditorSession(this, editor, checks, bank, images, cards);
        addClassName("question-editor-view");
        back.addClassName("editor-back");
        status.addClassName("editor-status");
        body.addClassName("editor-body");
        Div head = new Div(back, title, status);
        head.addClassName("editor-head");
        add(head, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long bankId = event.getRouteParameters().getLong("bankId").orElse(-1L);
        Optional<String> questionId = event.getRouteParameters().get("questionId");
        BankSummary summary;
        EditableQuestion stored = null;
        try {
            summary = catalog.bank(bankId);
            if (!summary.mayEdit()) {
                throw new org.springframework.security.access.AccessDeniedException("read only");
            }
            if (questionId.isPresent()) {
                stored = session.editor().load(questionId.get());
                if (stored.bankId() != bankId) {
                    throw new org.springframework.security.access.AccessDeniedException("another bank");
                }
            }
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        BrowseContext context = BrowseContext.of(event.getLocation().getQueryParameters());
        String bankTitle = BankTitles.title(summary.bank(), this);
        back.setText(getTranslation("bank.edit.back", bankTitle));
        back.setHref("bank/" + bankId + queryOf(context));
        TopicTree topics = new TopicTree(bank.topics(java.util.Set.of(bankId)));
        if (bar == null) {
            bar = new EditorBar((key, args) -> getTranslation(key, args), this, session);
            addComponentAtIndex(1, bar);
        }
        session.open(
                summary,
                topics,
                stored,
                context,
                event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("new")
                        .flatMap(QuestionType::fromCode));
    }

    private static String queryOf(BrowseContext context) {
        String q = context.at(-1).query().getQueryString();
        return q.isEmpty() ? "" : "?" + q;
    }

    /** Shows what is opened: a new question of a type, or a stored one with its version. */
    void showTitle(EditableQuestion stored, QuestionType type) {
        if (stored == null) {
            title.setText(getTranslation("bank.edit.new", getTranslation("bank.type." + type.code())));
            status.setText("");
        } else {
            title.setText(getTranslation("bank.edit.title", stored.draft().key()));
            status.setText(getTranslation(
                    stored.retired() ? "bank.edit.status-retired" : "bank.edit.status", stored.revision()));
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        session.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("bank.edit.page") : title.getText();
    }

    /** The user's locale, for the parts of the editor that are not components. */
    java.util.Locale locale() {
        return getLocale();
    }

    static void notify(String text, boolean error) {
        Notification n = Notification.show(text, error ? 8000 : 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
