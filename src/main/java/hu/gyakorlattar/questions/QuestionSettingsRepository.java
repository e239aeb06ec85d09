package hu.gyakorlattar.questions;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionSettingsRepository extends JpaRepository<QuestionSettings, Long> {

}
