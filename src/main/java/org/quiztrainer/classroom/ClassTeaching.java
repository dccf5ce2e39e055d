package org.quiztrainer.classroom;

import org.quiztrainer.study.TeachingRelation;
import org.springframework.stereotype.Component;

/** Study's question "does this instructor teach this learner?", answered from class memberships. */
@Component
class ClassTeaching implements TeachingRelation {

    private final ClassMemberRepository members;

    ClassTeaching(ClassMemberRepository members) {
        this.members = members;
    }

    @Override
    public boolean teaches(long instructorId, long learnerId) {
        return members.teaches(instructorId, learnerId);
    }
}
