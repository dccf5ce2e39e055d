package org.quiztrainer.transfer.cli;

import org.springframework.context.ApplicationContext;

/** Opens the app (its services on the database of its settings) for a command that writes or reads a bank. */
interface Database {

    /** The app's services, open until the session is closed. */
    Session open();

    /** An open app: its context, and what closes it. */
    record Session(ApplicationContext app, Runnable closer) implements AutoCloseable {

        @Override
        public void close() {
            closer.run();
        }
    }
}
