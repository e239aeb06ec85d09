package hu.gyakorlattar.submission;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Submission s where s.id = ?1")
	Optional<Submission> findLockedById(long id);

	Optional<Submission> findByCallIdAndKshCode(long callId, String kshCode);

	List<Submission> findByKshCodeOrderByIdDesc(String kshCode);

	List<Submission> findAllByOrderByIdDesc();

	List<Submission> findByCallIdAndStatusNotOrderById(long callId, SubmissionStatus status);

}
