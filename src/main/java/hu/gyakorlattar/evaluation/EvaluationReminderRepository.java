package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationReminderRepository extends JpaRepository<EvaluationReminder, Long> {

	/**
	 * Due reminders nobody else is working on, locked for this transaction; another
	 * instance's poller skips them.
	 */
	@Query(value = """
			select * from evaluation_reminder
			where sent_at is null and due_at <= :now
			order by due_at, assignment_id
			limit :limit
			for update skip locked
			""", nativeQuery = true)
	List<EvaluationReminder> claimDue(Instant now, int limit);

}
