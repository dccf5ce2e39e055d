package org.quiztrainer.classroom;

import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see or change a class: its instructor and admins change it, its members see it. An id the
 * caller may not use is refused the same way whether or not it exists, so ids cannot be probed.
 */
@Component
class ClassAccess {

    private final ClassGroupRepository classes;
    private final ClassMemberRepository members;
    private final CurrentUser currentUser;

    ClassAccess(ClassGroupRepository classes, ClassMemberRepository members, CurrentUser currentUser) {
        this.classes = classes;
        this.members = members;
        this.currentUser = currentUser;
    }

    AppUserDetails me() {
        return currentUser.require();
    }

    /** The class, if the caller is its instructor or an admin. */
    ClassGroupEntity manageable(long classId) {
        AppUserDetails me = me();
        ClassGroupEntity c = classes.findById(classId).orElseThrow(() -> denied(classId));
        if (me.role() != Role.ADMIN && c.getInstructorId() != me.id()) {
            throw denied(classId);
        }
        return c;
    }

    /** The class, if the caller runs it, is an admin, or is a member. */
    ClassGroupEntity visible(long classId) {
        AppUserDetails me = me();
        ClassGroupEntity c = classes.findById(classId).orElseThrow(() -> denied(classId));
        if (me.role() == Role.ADMIN
                || c.getInstructorId() == me.id()
                || members.existsByClassIdAndLearnerId(classId, me.id())) {
            return c;
        }
        throw denied(classId);
    }

    /** Whether the caller may manage this class (without throwing). */
    boolean manages(ClassGroupEntity c) {
        AppUserDetails me = me();
        return me.role() == Role.ADMIN || c.getInstructorId() == me.id();
    }

    /** Whether {@code learnerId} is a member of the class. */
    boolean isMember(long classId, long learnerId) {
        return members.existsByClassIdAndLearnerId(classId, learnerId);
    }

    private static AccessDeniedException denied(long classId) {
        return new AccessDeniedException("No access to class " + classId);
    }
}
