package hu.gyakorlattar.registration;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.shared.PersonName;
import org.jspecify.annotations.Nullable;

/** A registration as pages, exports and the office read it. */
record RegistrationRow(long id, long conferenceId, PersonName name, String email, String post,
		@Nullable String municipalityKshCode, @Nullable String municipalityName, String municipalityCounty,
		String municipalityStatus, Integer municipalityPopulation, @Nullable String organisation, String phone,
		String privacyNoticeVersion, boolean listConsent, boolean followUpConsent, @Nullable Long campaignId,
		RegistrationStatus status, Instant createdAt, @Nullable Instant optedInAt, Instant cancelledAt,
		@Nullable Instant firstJoinedAt, @Nullable Instant joinLinkSentAt, List<String> questions, String locale) {

	static RegistrationRow of(Registration r, List<String> questions) {
		return new RegistrationRow(r.getId(), r.getConferenceId(), r.name(), r.getEmail(), r.getPost(),
				r.getMunicipality().kshCode(), r.getMunicipality().name(), r.getMunicipality().county(),
				r.getMunicipality().status(), r.getMunicipality().population(), r.getOrganisation(), r.getPhone(),
				r.getPrivacyNoticeVersion(), r.isListConsent(), r.isFollowUpConsent(), r.getCampaignId(), r.getStatus(),
				r.getCreatedAt(), r.getOptedInAt(), r.getCancelledAt(), r.getFirstJoinedAt(), r.getJoinLinkSentAt(),
				List.copyOf(questions), r.locale().getLanguage());
	}

	/** The municipality, else the organisation: where the registrant comes from. */
	public String from() {
		return (this.municipalityName != null) ? this.municipalityName
				: (this.organisation != null) ? this.organisation : "";
	}

	public boolean cancellable() {
		return this.status.cancellable();
	}

}
