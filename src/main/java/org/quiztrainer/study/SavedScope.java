package org.quiztrainer.study;

/** A scope the learner saved under a name. */
public record SavedScope(long id, String name, StudyScope scope) {}
