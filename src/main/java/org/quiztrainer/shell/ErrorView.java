package org.quiztrainer.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected failure: a friendly message and a reference number, never a stack trace. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final H2 title = new H2(getTranslation("error.title"));
    private final Paragraph text = new Paragraph(getTranslation("error.text"));
    private final Paragraph reference = new Paragraph();
    private final Anchor home = new Anchor("", getTranslation("error.home"));

    public ErrorView() {
        addClassName("error-view");
        add(title, text, reference, home);
    }

    /**
     * A database that cannot be reached is not a bug: the page says to try again in a moment, with a link
     * to the same page, and answers 503; anything else is logged with a reference and answers 500.
     */
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseTrouble.isTransient(parameter.getCaughtException())) {
            log.warn(
                    "The database cannot be reached: {}",
                    parameter.getCaughtException().toString());
            title.setText(getTranslation("error.database.title"));
            text.setText(getTranslation("error.database.text"));
            home.setText(getTranslation("error.try-again"));
            home.setHref(event.getLocation().getPathWithQueryParameters());
            addClassName("database-unreachable");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error (reference {})", ref, parameter.getCaughtException());
        reference.setText(getTranslation("error.reference", ref));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
