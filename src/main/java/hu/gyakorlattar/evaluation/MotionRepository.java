package hu.gyakorlattar.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MotionRepository extends JpaRepository<Motion, Long> {

	List<Motion> findBySubmissionIdOrderById(long submissionId);

	List<Motion> findBySubmissionIdInOrderById(List<Long> submissionIds);

	Optional<Motion> findFirstBySubmissionIdOrderByIdDesc(long submissionId);

	List<Motion> findByOutcomeOrderById(Motion.Outcome outcome);

}
