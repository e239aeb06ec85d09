package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationCampaignRepository extends JpaRepository<InvitationCampaign, Long> {

	List<InvitationCampaign> findAllByOrderByCreatedAtDescIdDesc();

	/**
	 * Holds the campaign for this transaction: a second send (a double click, another
	 * instance) waits here and then finds the campaign already sent.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from InvitationCampaign c where c.id = :id")
	Optional<InvitationCampaign> findLockedById(long id);

	@Query("select min(c.sentAt) from InvitationCampaign c where c.conferenceId = :conferenceId and c.sentAt is not null")
	Optional<Instant> findFirstSentAt(long conferenceId);

	/**
	 * Marks as sent every campaign being sent that has no pending recipient left.
	 * Idempotent, so every worker may run it after its batches: whichever sees the last
	 * batch committed finishes the campaign.
	 */
	@Modifying
	@Query(value = """
			update invitation_campaign c
			set status = 'SENT', finished_at = :now, version = c.version + 1
			where c.status = 'SENDING'
			and not exists (select 1 from invitation_recipient r where r.campaign_id = c.id and r.status = 'PENDING')
			""", nativeQuery = true)
	int finishSending(Instant now);

}
