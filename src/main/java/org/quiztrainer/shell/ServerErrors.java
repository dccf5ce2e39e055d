package org.quiztrainer.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a user sees when an action fails on the server (a click, an answer): a notification instead of
 * nothing. A database that cannot be reached says "try again in a moment" (what was saved before is
 * safe; the answer that failed was not saved); anything else gives a reference for the administrator,
 * with the stack trace in the log under it.
 */
@Component
class ServerErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);
    private static final long serialVersionUID = 1L;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        UI ui = UI.getCurrent();
        if (DatabaseTrouble.isTransient(t)) {
            LOG.warn("The database cannot be reached: {}", t.toString());
            notify(ui, "error.database.notice");
            return;
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error (reference {})", ref, t);
        notify(ui, "error.notice", ref);
    }

    private static void notify(UI ui, String key, Object... params) {
        if (ui == null) {
            return;
        }
        Notification n = new Notification(ui.getTranslation(key, params), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
        n.addClassName("server-error");
        n.open();
    }
}
