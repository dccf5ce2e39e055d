package org.quiztrainer.bank;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes of a user, as banks need them for sharing: the classroom feature implements it, so that the bank
 * knows which classes a user is in without depending on classes (as {@code study.TeachingRelation} does).
 */
public interface BankClasses {

    /** A class by id and name. */
    record ClassRef(long id, String name) {}

    /** The classes {@code userId} is a member of or teaches. */
    Set<Long> classesOf(long userId);

    /** The classes {@code userId} teaches (every class for an admin), by name. */
    List<ClassRef> taught(long userId, boolean admin);

    /** The names of the given classes; unknown ids are left out. */
    Map<Long, String> names(Collection<Long> classIds);
}
