package org.quiztrainer.bank;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.account.UserName;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Checks a bank's settings, naming every bad field; resolves the co-editors' usernames. */
@Component
class BankSettingsCheck {

    private final AccountService accounts;
    private final ObjectProvider<BankClasses> classes;

    BankSettingsCheck(AccountService accounts, ObjectProvider<BankClasses> classes) {
        this.accounts = accounts;
        this.classes = classes;
    }

    /** The co-editors by username, once every field is right; refused with a message per bad field. */
    Map<String, UserName> check(BankSettings s, AppUserDetails me, Bank existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.title().isEmpty()) {
            errors.put("title", "bank.settings.error.title-required");
        } else if (s.title().length() > BankSettings.TITLE_MAX) {
            errors.put("title", "bank.settings.error.title-long");
        }
        if (s.description().length() > BankSettings.DESCRIPTION_MAX) {
            errors.put("description", "bank.settings.error.description-long");
        }
        if (s.languages() == null) {
            errors.put("languages", "bank.settings.error.languages");
        }
        if (s.visibility() == null) {
            errors.put("visibility", "bank.settings.error.visibility");
        } else if (s.visibility() == Visibility.CLASSES) {
            Set<Long> allowed =
                    shareable(me).stream().map(BankClasses.ClassRef::id).collect(Collectors.toCollection(HashSet::new));
            if (existing != null) {
                allowed.addAll(existing.classIds());
            }
            if (s.classIds().isEmpty()) {
                errors.put("classes", "bank.settings.error.classes-required");
            } else if (s.classIds().size() > BankSettings.MAX_PEOPLE || !allowed.containsAll(s.classIds())) {
                errors.put("classes", "bank.settings.error.classes");
            }
        }
        Map<String, UserName> people = Map.of();
        if (s.editorUsernames().size() > BankSettings.MAX_PEOPLE) {
            errors.put("editors", "bank.settings.error.editors-many");
        } else {
            people = accounts.byUsernames(s.editorUsernames());
            if (people.size() < s.editorUsernames().size()) {
                errors.put("editors", "bank.settings.error.editors-unknown");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return people;
    }

    List<BankClasses.ClassRef> shareable(AppUserDetails me) {
        BankClasses c = classes.getIfAvailable();
        return c == null ? List.of() : c.taught(me.id(), BankAccess.admin(me));
    }

    Map<Long, String> classNames(Set<Long> ids) {
        BankClasses c = classes.getIfAvailable();
        return c == null || ids.isEmpty() ? Map.of() : c.names(ids);
    }
}
