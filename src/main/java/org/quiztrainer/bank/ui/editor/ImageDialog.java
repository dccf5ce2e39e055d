package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.Map;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.BankImages;
import org.quiztrainer.bank.ImageCheck;
import org.quiztrainer.bank.RichText;
import org.quiztrainer.bank.ui.UploadTexts;

/**
 * Uploads an image into the bank and inserts it at the caret of a formatted text. The bank keeps PNG, JPEG, GIF and
 * WebP images of at most 2 MB, told by their bytes (a file named {@code .png} that is not one is refused); a
 * description for those who cannot see it goes with it.
 */
class ImageDialog extends Dialog {

    final TextField alt = new TextField();
    final Upload upload;
    final ErrorLine error = new ErrorLine("image-error");
    private final BankImages images;
    private final long bankId;
    private final TextArea target;
    private final EditorContext context;
    String inserted;

    ImageDialog(EditorContext context, BankImages images, long bankId, TextArea target) {
        this.context = context;
        this.images = images;
        this.bankId = bankId;
        this.target = target;
        addClassName("image-dialog");
        setHeaderTitle(context.t("bank.image.title"));
        alt.setLabel(context.t("bank.image.alt"));
        alt.setHelperText(context.t("bank.image.alt-hint"));
        alt.setWidthFull();
        alt.addClassName("image-alt");
        UploadHandler handler = event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ImageCheck.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            Result result = store(name, bytes);
            UI ui = event.getUI();
            ui.access(() -> show(result, name));
        };
        upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageCheck.MAX_BYTES);
        upload.setAcceptedFileTypes(
                "image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg", ".gif", ".webp");
        upload.setI18n(UploadTexts.of(this));
        upload.addClassName("image-upload");
        upload.addFileRejectedListener(e -> show(Result.refused("bank.image.error.rejected"), e.getFileName()));
        Paragraph limits = new Paragraph(context.t("bank.image.limits"));
        limits.addClassName("field-hint");
        add(alt, limits, upload, error);
        getFooter().add(new Button(context.t("bank.image.cancel"), e -> close()));
    }

    /** What storing one file came to: the image's id, or the message of its refusal. */
    record Result(Long id, String refusal) {
        static Result refused(String key) {
            return new Result(null, key);
        }
    }

    /** Stores a received file as an image of the bank (the caller must edit the bank), or says why not. */
    Result store(String name, byte[] bytes) {
        if (bytes.length > ImageCheck.MAX_BYTES) {
            return Result.refused("bank.image.error.too-large");
        }
        try {
            return new Result(images.add(bankId, name, bytes), null);
        } catch (InvalidInputException e) {
            Map<String, String> errors = e.fieldErrors();
            return Result.refused(errors.getOrDefault("image", "bank.image.error.not-an-image"));
        }
    }

    /** Inserts a stored image into the text, or shows the refusal on the upload. */
    void show(Result result, String name) {
        upload.clearFileList();
        if (result.id() == null) {
            error.setErrorMessage(context.t(result.refusal(), context.labels().label("image"), name));
            error.setInvalid(true);
            return;
        }
        String description = alt.getValue().isBlank() ? name : alt.getValue().strip();
        inserted = "<img src=\"" + RichText.IMAGE_SCHEME + result.id() + "\" alt=\""
                + TextPair.escape(description).replace("\"", "&quot;") + "\">";
        target.getElement().executeJs("window.qtEditor.insert($0, $1)", target.getElement(), inserted);
        close();
    }

    /** Receives a file as the upload does, for tests. */
    void receive(String name, byte[] bytes) {
        show(store(name, bytes), name);
    }
}
