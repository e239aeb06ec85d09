package hu.gyakorlattar.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import hu.gyakorlattar.shared.NotFound;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findByConferenceIdAndEmailKey(long conferenceId, String emailKey);

	boolean existsByConferenceIdAndEmailKey(long conferenceId, String emailKey);

	/** Whether the address (as keyed) still has a registration holding personal data. */
	boolean existsByEmailKeyAndAnonymisedAtIsNull(String emailKey);

	Optional<Registration> findByPersonalToken(String token);

	/**
	 * The registration behind a personal link.
	 * @throws NotFound for an unknown, forged or erased link
	 */
	default Registration byPersonalToken(String token) {
		return findByPersonalToken(token).filter((r) -> r.getAnonymisedAt() == null).orElseThrow(NotFound::new);
	}

	/** The registration, its row locked until this transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Registration r where r.id = :id")
	Optional<Registration> findByIdForUpdate(long id);

	Optional<Registration> findByJoinToken(String token);

	Optional<Registration> findByCertificateCode(String code);

	@Query("select count(r) from Registration r where r.conferenceId = :conferenceId and r.status in ('CONFIRMED', 'ATTENDED')")
	int countPlacesTaken(long conferenceId);

	@Query("select count(r) from Registration r where r.conferenceId = :conferenceId and r.status = 'ATTENDED'")
	int countAttended(long conferenceId);

	@Query("select count(r) from Registration r where r.campaignId = :campaignId and r.optedInAt is not null")
	long countOptedInFromCampaign(long campaignId);

	@Query("select r from Registration r where r.status = 'REQUESTED' and r.createdAt < :cutoff")
	List<Registration> findRequestedBefore(Instant cutoff);

	@Query("select r.id from Registration r where r.conferenceId = :conferenceId and r.status in ('CONFIRMED', 'ATTENDED') and r.seatProviderId is null order by r.id")
	List<Long> findHoldingPlacesWithoutSeat(long conferenceId);

	/** The waiting list, longest waiting first. */
	@Query("select r from Registration r where r.conferenceId = :conferenceId and r.status = 'WAITING' order by r.waitingSince, r.id")
	List<Registration> findWaiting(long conferenceId);

	@Query("select r from Registration r where r.conferenceId = :conferenceId and r.status in ('CONFIRMED', 'ATTENDED') order by r.id")
	List<Registration> findHoldingPlaces(long conferenceId);

	List<Registration> findByConferenceIdOrderByCreatedAtAscIdAsc(long conferenceId);

	@Query("select distinct r.conferenceId from Registration r where r.municipality.kshCode = :kshCode and r.status <> 'REQUESTED'")
	List<Long> findConferencesOfMunicipality(String kshCode);

	/** Who asked to appear on the public participant list and holds (or used) a place. */
	@Query("select r from Registration r where r.conferenceId = :conferenceId and r.listConsent = true and r.anonymisedAt is null and r.status in ('CONFIRMED', 'ATTENDED')")
	List<Registration> findListed(long conferenceId);

	@Query("select r from Registration r where r.anonymisedAt is null and r.conferenceId in :conferenceIds")
	List<Registration> findNotAnonymised(List<Long> conferenceIds);

	/**
	 * Makes sure the conference has its lock row, then locks it for this transaction:
	 * whoever gives or takes back a place holds it.
	 */
	@Modifying
	@Query(value = "insert into registration_conference (conference_id) values (:conferenceId) on conflict do nothing",
			nativeQuery = true)
	void ensureLockRow(long conferenceId);

	@Query(value = "select conference_id from registration_conference where conference_id = :conferenceId for update",
			nativeQuery = true)
	Long lockConference(long conferenceId);

	/** Holds the conference's lock row until this transaction ends. */
	default void lockPlaces(long conferenceId) {
		ensureLockRow(conferenceId);
		lockConference(conferenceId);
	}

}
