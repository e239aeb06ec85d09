package hu.gyakorlattar.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findBySubmissionIdOrderById(long submissionId);

	List<Assignment> findBySubmissionIdIn(Collection<Long> submissionIds);

	List<Assignment> findByEvaluatorOrderById(String evaluator);

	Optional<Assignment> findBySubmissionIdAndEvaluator(long submissionId, String evaluator);

}
