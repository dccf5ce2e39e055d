package org.quiztrainer.bank.io.anki;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import identity of an Anki card: the note's GUID for its first card (ordinal 0), {@code guid/ord} for
 * the others. A question exported from the bank is written with its identity as the GUID, so importing the
 * file again gives it back the same identity.
 */
final class AnkiIdentity {

    private static final Pattern WITH_ORD = Pattern.compile("(.+)/(\\d{1,3})");

    private AnkiIdentity() {}

    /** A note and one of its cards, by GUID and 0-based card ordinal. */
    record Card(String guid, int ord) {}

    /** The identity of a card. */
    static String of(String guid, int ord) {
        return ord == 0 ? guid : guid + "/" + ord;
    }

    /** The note GUID and card ordinal an identity stands for ({@code x} is card 0 of note {@code x}). */
    static Card parse(String identity) {
        Matcher m = WITH_ORD.matcher(identity);
        if (m.matches() && !m.group(2).equals("0")) {
            return new Card(m.group(1), Integer.parseInt(m.group(2)));
        }
        return new Card(identity, 0);
    }
}
