package hu.gyakorlattar.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

	Optional<SurveyResponse> findByRegistrationId(long registrationId);

	List<SurveyResponse> findByConferenceIdOrderBySubmittedAtAscIdAsc(long conferenceId);

	/**
	 * Makes sure the registrant has their (empty) response row, so that two submissions
	 * at once (a double click, two tabs) update one row instead of one failing.
	 */
	@Modifying
	@Query(value = "insert into feedback_response (conference_id, registration_id, submitted_at, updated_at) "
			+ "values (:conferenceId, :registrationId, :now, :now) on conflict (registration_id) do nothing",
			nativeQuery = true)
	void ensureRow(long conferenceId, long registrationId, Instant now);

	/** The registrant's response, locked until this transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from SurveyResponse r where r.registrationId = :registrationId")
	Optional<SurveyResponse> lockByRegistrationId(long registrationId);

}
