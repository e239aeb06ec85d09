package hu.gyakorlattar.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRecipientRepository extends JpaRepository<InvitationRecipient, Long> {

	Optional<InvitationRecipient> findByUnsubscribeToken(String token);

	@Query("select r.outboxId from InvitationRecipient r where r.campaignId = :campaignId and r.outboxId is not null")
	List<Long> findOutboxIdsByCampaignId(long campaignId);

	long countByCampaignId(long campaignId);

	long countByCampaignIdAndStatus(long campaignId, InvitationRecipient.Status status);

	/**
	 * Claims the oldest pending recipients for this transaction; rows another instance
	 * holds are skipped, so two workers never queue the same recipient.
	 */
	@Query(value = """
			select * from invitation_recipient
			where status = 'PENDING'
			order by id
			limit :limit
			for update skip locked
			""", nativeQuery = true)
	List<InvitationRecipient> claimPending(int limit);

	/**
	 * The address (stored folded) was erased: its rows keep the campaign's count and the
	 * outbox message, not the address; their unsubscribe links no longer resolve, and a
	 * row still pending is skipped by the worker.
	 */
	@Modifying
	@Query("update InvitationRecipient r set r.email = null, r.address = null where r.email = :address")
	int forgetAddress(String address);

}
