package hu.gyakorlattar.campaign;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnsubscriptionRepository extends JpaRepository<Unsubscription, String> {

	/**
	 * Records the address once; a second click, or a mail provider posting while the
	 * person clicks, changes nothing and fails nothing.
	 */
	@Modifying
	@Query(value = """
			insert into mail_unsubscribed (email, campaign_id, unsubscribed_at)
			values (:email, :campaignId, :now)
			on conflict (email) do nothing
			""", nativeQuery = true)
	int record(String email, long campaignId, Instant now);

	long countByCampaignId(long campaignId);

}
