package org.quiztrainer.classroom;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.bank.BankClasses;
import org.quiztrainer.bank.QuestionGrants;
import org.quiztrainer.bank.QuestionUsage;
import org.springframework.stereotype.Component;

/**
 * What banks need to know of classes: a user's classes (for banks shared with them), the questions of a learner's
 * attempts and of an instructor's assignments (readable to them whatever the bank's sharing), the banks an
 * assignment draws from (for the learner starting an attempt), and the assignments asking a question (its editor
 * shows them).
 */
@Component
class ClassroomBanks implements BankClasses, QuestionGrants, QuestionUsage {

    private final ClassGroupRepository classes;
    private final ClassMemberRepository members;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;

    ClassroomBanks(
            ClassGroupRepository classes,
            ClassMemberRepository members,
            AssignmentRepository assignments,
            AttemptRepository attempts) {
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.attempts = attempts;
    }

    @Override
    public Set<Long> classesOf(long userId) {
        Set<Long> out = new HashSet<>(members.classIdsOf(userId));
        out.addAll(classes.idsTaughtBy(userId));
        return out;
    }

    @Override
    public List<ClassRef> taught(long userId, boolean admin) {
        List<ClassGroupEntity> list = admin
                ? classes.findAll().stream()
                        .sorted(java.util.Comparator.comparing(ClassGroupEntity::getName))
                        .toList()
                : classes.findByInstructorIdOrderByName(userId);
        return list.stream().map(c -> new ClassRef(c.getId(), c.getName())).toList();
    }

    @Override
    public Map<Long, String> names(Collection<Long> classIds) {
        Map<Long, String> out = new LinkedHashMap<>();
        classes.findAllById(classIds).forEach(c -> out.put(c.getId(), c.getName()));
        return out;
    }

    @Override
    public boolean grantsQuestion(long userId, String questionId) {
        String pattern = pattern(questionId);
        return attempts.learnerHolds(userId, pattern)
                || assignments.instructorPicks(userId, pattern)
                || attempts.instructorHolds(userId, pattern);
    }

    @Override
    public boolean grantsBank(long userId, long bankId) {
        return assignments.drawsFrom(userId, "%," + bankId + ",%");
    }

    @Override
    public List<String> assignments(String questionId) {
        return assignments.asking(pattern(questionId)).stream()
                .map(r -> r[0] + " · " + r[1])
                .distinct()
                .toList();
    }

    /** {@code %,id,%} with the LIKE wildcards of the id escaped by {@code !}. */
    static String pattern(String id) {
        return "%," + id.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%";
    }
}
