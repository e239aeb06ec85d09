package hu.gyakorlattar.registration;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a new registration in one statement unless its address has one for the
 * conference. Most submissions in a burst are new addresses: they no longer take the
 * address's lock and look it up first (two round trips of the five in their transaction).
 * The unique key decides instead, and a submission of the same address still being stored
 * is waited for. The registration's other columns start at their defaults, as a new
 * aggregate's fields do. Values that may be missing carry their type, so the driver is
 * not asked for it (a round trip).
 */
@Component
class NewRegistrations {

	private static final String INSERT = """
			insert into registration (conference_id, prefix, family_name, given_name, email, email_key, post,
			  municipality_ksh_code, municipality_name, municipality_county, municipality_status,
			  municipality_population, organisation, phone, privacy_notice_version, list_consent, follow_up_consent,
			  locale, campaign_id, status, personal_token, join_token, created_at)
			values (:conferenceId, :prefix, :familyName, :givenName, :email, :emailKey, :post,
			  :kshCode, :municipalityName, :county, :municipalityStatus,
			  :population, :organisation, :phone, :privacyNoticeVersion, :listConsent, :followUpConsent,
			  :locale, :campaignId, :status, :personalToken, :joinToken, :createdAt)
			on conflict (conference_id, email_key) do nothing
			returning id""";

	private final JdbcClient jdbc;

	NewRegistrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The id of the registration stored, or empty when the address already has one for
	 * the conference (then nothing was stored).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> storeUnlessRegistered(Registration fresh) {
		RegisteredMunicipality municipality = fresh.getMunicipality();
		return this.jdbc.sql(INSERT)
			.param("conferenceId", fresh.getConferenceId())
			.param("prefix", fresh.getPrefix())
			.param("familyName", fresh.getFamilyName())
			.param("givenName", fresh.getGivenName())
			.param("email", fresh.getEmail())
			.param("emailKey", Registration.emailKey(fresh.getEmail()))
			.param("post", fresh.getPost())
			.param("kshCode", municipality.kshCode(), Types.VARCHAR)
			.param("municipalityName", municipality.name(), Types.VARCHAR)
			.param("county", municipality.county(), Types.VARCHAR)
			.param("municipalityStatus", municipality.status(), Types.VARCHAR)
			.param("population", municipality.population(), Types.INTEGER)
			.param("organisation", fresh.getOrganisation(), Types.VARCHAR)
			.param("phone", fresh.getPhone(), Types.VARCHAR)
			.param("privacyNoticeVersion", fresh.getPrivacyNoticeVersion())
			.param("listConsent", fresh.isListConsent())
			.param("followUpConsent", fresh.isFollowUpConsent())
			.param("locale", fresh.locale().toLanguageTag())
			.param("campaignId", fresh.getCampaignId(), Types.BIGINT)
			.param("status", fresh.getStatus().name())
			.param("personalToken", fresh.getPersonalToken())
			.param("joinToken", fresh.getJoinToken())
			.param("createdAt", Timestamp.from(fresh.getCreatedAt()))
			.query(Long.class)
			.optional();
	}

}
