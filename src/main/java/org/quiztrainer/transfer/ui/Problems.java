package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.Component;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.DraftsRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** What the page says when an import cannot go on, in the reader's language; the cause goes to the log. */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    static String message(Component owner, Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof AccessDeniedException) {
            return owner.getTranslation("import.error.denied");
        }
        if (e instanceof DraftsRefusedException) {
            return owner.getTranslation("import.error.changed");
        }
        if (e instanceof InvalidInputException) {
            return owner.getTranslation("import.error.expired");
        }
        if (e instanceof UncheckedIOException) {
            LOG.warn("an import file could not be read", e);
            return owner.getTranslation("import.error.read");
        }
        LOG.error("an import failed", e);
        return owner.getTranslation("import.error.failed");
    }
}
