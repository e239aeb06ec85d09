package hu.gyakorlattar.submission;

import java.util.Collection;
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

	@Query("""
			select s from Submission s where s.kshCode in ?1
			or s.createdBy = ?2 or s.submittedBy = ?2 order by s.id desc""")
	List<Submission> findByKshCodeInOrAuthorOrderByIdDesc(Collection<String> kshCodes, String email);

	@Query("""
			select s from Submission s where s.createdBy = ?1 or s.submittedBy = ?1 order by s.id desc""")
	List<Submission> findByAuthorOrderByIdDesc(String email);

	List<Submission> findAllByOrderByIdDesc();

	@Query("select distinct s.callId from Submission s where s.kshCode = ?1")
	List<Long> findCallsOfMunicipality(String kshCode);

	List<Submission> findByCallIdAndStatusNotOrderById(long callId, SubmissionStatus status);

	boolean existsByCallId(long callId);

}
