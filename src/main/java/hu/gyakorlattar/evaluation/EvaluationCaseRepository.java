package hu.gyakorlattar.evaluation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EvaluationCaseRepository extends JpaRepository<EvaluationCase, Long> {

	List<EvaluationCase> findByCallId(long callId);

	/**
	 * Two committee members deciding at once move the application one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from EvaluationCase c where c.submissionId = ?1")
	Optional<EvaluationCase> findLockedById(long submissionId);

}
