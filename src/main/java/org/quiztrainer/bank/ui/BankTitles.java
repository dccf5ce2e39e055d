package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.Component;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.Visibility;

/** How a bank is named and described on screen: the built-in bank in the user's language, the others as written. */
public final class BankTitles {

    private BankTitles() {}

    /** The bank's title. */
    public static String title(Bank b, Component c) {
        return b.builtIn() ? c.getTranslation("bank.builtin.title") : b.title();
    }

    /** The bank's description (the built-in one's translated). */
    public static String description(Bank b, Component c) {
        return b.builtIn() ? c.getTranslation("bank.builtin.description") : b.description();
    }

    /** "Chinese", "English" or "Chinese and English". */
    public static String languages(BankLanguages l, Component c) {
        return c.getTranslation("bank.languages." + l.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** "Private", "Shared with classes" or "Public". */
    public static String visibility(Visibility v, Component c) {
        return c.getTranslation("bank.visibility." + v.name().toLowerCase(java.util.Locale.ROOT));
    }
}
