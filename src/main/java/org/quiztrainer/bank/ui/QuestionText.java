package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import java.util.function.LongFunction;
import org.quiztrainer.bank.BankImages;
import org.quiztrainer.bank.ClozeText;
import org.quiztrainer.bank.Question;
import org.quiztrainer.bank.QuestionContent;
import org.quiztrainer.bank.RichText;

/**
 * A text of a question as a learner sees it, the one way every screen shows one (study, practice, quizzes,
 * previews, attempt review, item analysis): plain text with its line breaks, or a formatted text cleaned once more
 * by the allow-list of {@link RichText} with its images pointed at their URLs. Never raw.
 */
public class QuestionText extends Div {

    /** A question text; {@code html} says whether it is formatted (the question's flag). */
    public QuestionText(String text, boolean html) {
        addClassName("question-text");
        if (html) {
            addClassName("formatted-text");
            getElement().setProperty("innerHTML", RichText.forDisplay(text, imageUrls()));
        } else {
            addClassName("plain-text");
            setText(text);
        }
    }

    /** A question text with a class name of its own (e.g. {@code card-prompt}). */
    public static QuestionText of(String text, boolean html, String className) {
        QuestionText t = new QuestionText(text, html);
        t.addClassName(className);
        return t;
    }

    /** The question's text as the learner is asked it: a cloze card with the deletions it asks for hidden. */
    public static QuestionText prompt(Question q, Locale locale) {
        String text = q.text().in(locale);
        if (q.content() instanceof QuestionContent.Cloze c) {
            text = ClozeText.front(text, c.number());
        }
        return new QuestionText(text, q.html());
    }

    /**
     * A numbered question title ("3. text") as a heading of level 3 for assistive technology: the text may hold
     * paragraphs and lists, which an {@code h3} may not.
     */
    public static Div heading(int n, Question q, Locale locale) {
        Div heading = new Div();
        heading.addClassName("question-heading");
        heading.getElement().setAttribute("role", "heading");
        heading.getElement().setAttribute("aria-level", "3");
        Span number = new Span(n + ". ");
        number.addClassName("question-number");
        heading.add(number, prompt(q, locale));
        return heading;
    }

    private static LongFunction<String> imageUrls() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return id -> "";
        }
        BankImages images = service.getInstantiator().getOrCreate(BankImages.class);
        return images::url;
    }
}
