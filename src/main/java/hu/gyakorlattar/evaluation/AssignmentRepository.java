package hu.gyakorlattar.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findBySubmissionIdOrderById(long submissionId);

	List<Assignment> findBySubmissionIdIn(Collection<Long> submissionIds);

	List<Assignment> findByEvaluatorOrderById(String evaluator);

	Optional<Assignment> findBySubmissionIdAndEvaluator(long submissionId, String evaluator);

	/**
	 * Sheets not submitted by their call's last day, before {@code today}, of
	 * applications in these stages.
	 */
	@Query("""
			select count(a) from Assignment a where a.submittedAt is null and exists (
			    select 1 from EvaluationCase c, EvaluationPlan p
			    where c.submissionId = a.submissionId and p.callId = c.callId and p.dueOn < ?1 and c.stage in ?2)""")
	long countLate(LocalDate today, Collection<Stage> stages);

}
