package org.quiztrainer.classroom;

/** A stored assignment of a class. */
public record Assignment(long id, long classId, AssignmentSettings settings) {}
