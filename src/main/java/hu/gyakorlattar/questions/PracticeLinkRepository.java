package hu.gyakorlattar.questions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeLinkRepository extends JpaRepository<PracticeLink, Long> {

	List<PracticeLink> findByConferenceIdOrderByLinkedAtAscIdAsc(long conferenceId);

	List<PracticeLink> findByPracticeId(long practiceId);

	boolean existsByQuestionIdAndPracticeId(long questionId, long practiceId);

	boolean existsByAgendaItemIdAndPracticeId(long agendaItemId, long practiceId);

}
