package org.quiztrainer.transfer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The upload of a file to import, with the upload's progress bar: one file at a time, bounded before it is read
 * (the browser refuses a larger file, the server its declared size, and the copy stops at the limit), streamed to a
 * private temporary file that the page deletes when it is done with it.
 */
class UploadBox extends Upload {

    private final long maxBytes;
    private final BiConsumer<Path, String> onFile;
    private final Consumer<Long> onTooLarge;

    UploadBox(long maxBytes, BiConsumer<Path, String> onFile, Consumer<Long> onTooLarge) {
        this.maxBytes = maxBytes;
        this.onFile = onFile;
        this.onTooLarge = onTooLarge;
        addClassName("import-upload");
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        setDropAllowed(true);
        setUploadHandler(new Handler());
        addFileRejectedListener(e -> onTooLarge.accept(maxBytes));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.upload.too-large", Sizes.of(maxBytes)))
                .setTooManyFiles(getTranslation("import.upload.one")));
        setI18n(i18n);
    }

    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            if (event.getFileSize() > maxBytes) {
                ui.access(() -> onTooLarge.accept(maxBytes));
                return;
            }
            Path file = Files.createTempFile("quiztrainer-import-", ".upload");
            boolean kept = false;
            try (InputStream in = event.getInputStream();
                    OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        ui.access(() -> onTooLarge.accept(maxBytes));
                        return;
                    }
                    out.write(buffer, 0, n);
                }
                kept = true;
            } finally {
                if (!kept) {
                    Files.deleteIfExists(file);
                }
            }
            String name = event.getFileName() == null ? "upload" : event.getFileName();
            ui.access(() -> onFile.accept(file, name));
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + 1024 * 1024;
        }
    }
}
