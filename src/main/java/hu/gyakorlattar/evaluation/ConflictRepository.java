package hu.gyakorlattar.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictRepository extends JpaRepository<Conflict, Long> {

	List<Conflict> findBySubmissionIdIn(Collection<Long> submissionIds);

	boolean existsBySubmissionIdAndEvaluator(long submissionId, String evaluator);

}
