package org.quiztrainer.bank.ui.editor;

import com.vaadin.flow.component.Component;
import org.quiztrainer.bank.ContentDraft;

/** A flashcard's back, in the bank's languages; the learner reveals it and rates themself. */
final class FlashcardEditor implements ContentEditor {

    private final TextPair back;

    FlashcardEditor(EditorContext context) {
        back = new TextPair(context, "back", context.labels().label("back"), true);
    }

    @Override
    public Component component() {
        return back;
    }

    @Override
    public ContentDraft draft() {
        return ContentDraft.flashcard(back.value());
    }

    @Override
    public void load(ContentDraft draft) {
        back.setValue(draft.back());
    }

    @Override
    public void setFormatted(boolean on, boolean convert) {
        back.setFormatted(on, convert);
    }
}
