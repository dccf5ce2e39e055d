package org.quiztrainer.bank;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/** The type-specific part of a question: what is asked beyond the text and what counts as right. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = QuestionContent.Flashcard.class, name = "flashcard"),
    @JsonSubTypes.Type(value = QuestionContent.SingleChoice.class, name = "single_choice"),
    @JsonSubTypes.Type(value = QuestionContent.MultipleChoice.class, name = "multiple_choice"),
    @JsonSubTypes.Type(value = QuestionContent.TrueFalse.class, name = "true_false"),
    @JsonSubTypes.Type(value = QuestionContent.ShortAnswer.class, name = "short_answer"),
    @JsonSubTypes.Type(value = QuestionContent.Numeric.class, name = "numeric"),
    @JsonSubTypes.Type(value = QuestionContent.Ordering.class, name = "ordering"),
    @JsonSubTypes.Type(value = QuestionContent.Matching.class, name = "matching"),
    @JsonSubTypes.Type(value = QuestionContent.Cloze.class, name = "cloze")
})
public sealed interface QuestionContent {

    /** The type this content belongs to. */
    QuestionType type();

    /** A card with a back side; the learner grades themself. */
    record Flashcard(LocalizedText back) implements QuestionContent {
        public Flashcard {
            require(back != null && !back.isEmpty(), "a flashcard needs a back");
        }

        @Override
        public QuestionType type() {
            return QuestionType.FLASHCARD;
        }
    }

    /** One choice of a choice question. */
    record Choice(LocalizedText text, boolean correct) {
        public Choice {
            require(text != null && !text.isEmpty(), "a choice needs a text");
        }
    }

    /** Several choices, exactly one correct. */
    record SingleChoice(List<Choice> choices) implements QuestionContent {
        public SingleChoice {
            choices = List.copyOf(choices);
            require(choices.size() >= 2, "at least two choices");
            require(choices.stream().filter(Choice::correct).count() == 1, "exactly one correct choice");
        }

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE_CHOICE;
        }
    }

    /** Several choices, at least one correct. */
    record MultipleChoice(List<Choice> choices) implements QuestionContent {
        public MultipleChoice {
            choices = List.copyOf(choices);
            require(choices.size() >= 2, "at least two choices");
            require(choices.stream().anyMatch(Choice::correct), "at least one correct choice");
        }

        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE_CHOICE;
        }
    }

    /** A statement that is true or false. */
    record TrueFalse(boolean answer) implements QuestionContent {
        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    /**
     * A free answer compared with the accepted answers of either language. A bank in one language gives
     * the accepted answers of that language only.
     */
    record ShortAnswer(List<String> acceptZh, List<String> acceptEn) implements QuestionContent {
        public ShortAnswer {
            acceptZh = List.copyOf(acceptZh);
            acceptEn = List.copyOf(acceptEn);
            require(!acceptZh.isEmpty() || !acceptEn.isEmpty(), "at least one accepted answer");
        }

        /** The accepted answers of a locale's language, or of the other language when it has none. */
        public List<String> accepted(java.util.Locale locale) {
            boolean chinese = "zh".equals(locale.getLanguage());
            List<String> own = chinese ? acceptZh : acceptEn;
            return own.isEmpty() ? (chinese ? acceptEn : acceptZh) : own;
        }

        @Override
        public QuestionType type() {
            return QuestionType.SHORT_ANSWER;
        }
    }

    /**
     * A number, right when {@code |given - answer| <= tolerance}, counted in the unit (if any).
     *
     * @param unit a unit id from {@code units.txt}, or {@code null} for a plain number
     */
    record Numeric(BigDecimal answer, BigDecimal tolerance, String unit) implements QuestionContent {
        public Numeric {
            require(answer != null, "a numeric question needs an answer");
            require(tolerance != null && tolerance.signum() >= 0, "the tolerance is not negative");
        }

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }
    }

    /** Items listed in their correct order. */
    record Ordering(List<LocalizedText> items) implements QuestionContent {
        public Ordering {
            items = List.copyOf(items);
            require(items.size() >= 2, "at least two items");
            require(items.stream().noneMatch(LocalizedText::isEmpty), "an item needs a text");
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    /** A left side that matches a right side. */
    record MatchPair(LocalizedText left, LocalizedText right) {
        public MatchPair {
            require(left != null && right != null && !left.isEmpty() && !right.isEmpty(), "a pair needs both sides");
        }
    }

    /** Pairs to match; the learner sees the right sides shuffled. */
    record Matching(List<MatchPair> pairs) implements QuestionContent {
        public Matching {
            pairs = List.copyOf(pairs);
            require(pairs.size() >= 2, "at least two pairs");
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /**
     * One card of a cloze note, as Anki's Cloze notes: the question's text holds deletions written
     * {@code {{c1::answer}}} or {@code {{c1::answer::hint}}} (see {@link ClozeText}); this card hides every
     * deletion numbered {@code number} and shows the others as plain text. A note with deletions c1..c3 is
     * three questions, one per number, so that each has its own memory.
     *
     * @param number the deletion this card asks for, 1 or more
     * @param typed  whether the learner types the hidden answers (checked) or reveals them (self-graded)
     */
    record Cloze(int number, boolean typed) implements QuestionContent {
        public Cloze {
            require(number >= 1 && number <= ClozeText.MAX_NUMBER, "a cloze number from 1 to " + ClozeText.MAX_NUMBER);
        }

        @Override
        public QuestionType type() {
            return QuestionType.CLOZE;
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(what);
        }
    }
}
