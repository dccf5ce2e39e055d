package org.quiztrainer.study;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsRepository extends JpaRepository<SettingsEntity, Long> {}
