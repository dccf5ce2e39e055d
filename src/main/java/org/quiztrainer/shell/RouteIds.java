package org.quiztrainer.shell;

/**
 * The form of a numeric id in a route, for route templates ({@code ":attemptId(" + RouteIds.ID + ")"}): an
 * address with letters or a number too long for an id matches no route, so it shows the not-found page
 * instead of failing while the id is read.
 */
public final class RouteIds {

    /** One to 18 digits: every positive {@code long} id, and nothing that would overflow one. */
    public static final String ID = "[0-9]{1,18}";

    private RouteIds() {}
}
