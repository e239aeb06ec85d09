package hu.gyakorlattar.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRecipientRepository extends JpaRepository<InvitationRecipient, Long> {

	Optional<InvitationRecipient> findByUnsubscribeToken(String token);

	@Query("select r.outboxId from InvitationRecipient r where r.campaignId = :campaignId")
	List<Long> findOutboxIdsByCampaignId(long campaignId);

	long countByCampaignId(long campaignId);

	/**
	 * The address (stored folded) was erased: its rows keep the campaign's count and the
	 * outbox message, not the address; their unsubscribe links no longer resolve.
	 */
	@Modifying
	@Query("update InvitationRecipient r set r.email = null where r.email = :address")
	int forgetAddress(String address);

}
