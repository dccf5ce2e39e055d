package org.quiztrainer.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bad input, with one i18n message key per offending field so a form can show each message next to
 * its field. Nothing was saved when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** Field name to i18n message key, in form order. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
