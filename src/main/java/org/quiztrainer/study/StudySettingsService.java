package org.quiztrainer.study;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.quiztrainer.account.CurrentUser;
import org.quiztrainer.account.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A learner's study settings and saved scopes; each learner reads and writes only their own. */
@Service
public class StudySettingsService {

    private final SettingsRepository settings;
    private final ScopeRepository scopes;
    private final CurrentUser currentUser;

    StudySettingsService(SettingsRepository settings, ScopeRepository scopes, CurrentUser currentUser) {
        this.settings = settings;
        this.scopes = scopes;
        this.currentUser = currentUser;
    }

    /** The caller's settings; the defaults in UTC until they save their own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StudySettings mine() {
        return current(currentUser.require().id());
    }

    /** Saves defaults in the browser's time zone the first time a learner studies; returns the settings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StudySettings initialise(ZoneId browserZone) {
        long me = currentUser.require().id();
        return settings.findById(me).map(SettingsEntity::toSettings).orElseGet(() -> {
            StudySettings defaults = StudySettings.defaults(browserZone == null ? ZoneOffset.UTC : browserZone);
            SettingsEntity entity = new SettingsEntity(me);
            entity.apply(defaults);
            settings.save(entity);
            return defaults;
        });
    }

    /** Saves the caller's settings (already validated by {@link StudySettings}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StudySettings save(StudySettings updated) {
        long me = currentUser.require().id();
        SettingsEntity entity = settings.findById(me).orElseGet(() -> new SettingsEntity(me));
        entity.apply(updated);
        settings.save(entity);
        return updated;
    }

    /** The caller's saved scopes, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SavedScope> scopes() {
        return scopes.findByLearnerIdOrderByName(currentUser.require().id()).stream()
                .map(ScopeEntity::toSaved)
                .toList();
    }

    /** Saves a scope under a name (1 to 80 characters, unique for the learner). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SavedScope saveScope(String name, StudyScope scope) {
        long me = currentUser.require().id();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new InvalidInputException(Map.of("name", "study.scope.error.name"));
        }
        if (scopes.existsByLearnerIdAndName(me, trimmed)) {
            throw new InvalidInputException(Map.of("name", "study.scope.error.taken"));
        }
        return scopes.save(new ScopeEntity(me, trimmed, scope)).toSaved();
    }

    /** Deletes one of the caller's saved scopes; another learner's scope is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteScope(long id) {
        long me = currentUser.require().id();
        ScopeEntity scope = scopes.findById(id)
                .filter(s -> s.getLearnerId() == me)
                .orElseThrow(() ->
                        new org.springframework.security.access.AccessDeniedException("Scope " + id + " is not yours"));
        scopes.delete(scope);
    }

    StudySettings current(long learner) {
        return settings.findById(learner)
                .map(SettingsEntity::toSettings)
                .orElseGet(() -> StudySettings.defaults(ZoneOffset.UTC));
    }
}
