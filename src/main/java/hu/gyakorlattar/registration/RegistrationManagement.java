package hu.gyakorlattar.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.PlacesTaken;
import hu.gyakorlattar.campaign.CampaignResponses;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules learn of registrations: the places taken (conference), the
 * registrations each invitation campaign brought (campaign), the registrant behind a
 * personal link and how many attended (questions, feedback). The registrants' own use
 * cases are the module's inner classes ({@link Registering},
 * {@link ConfirmingAndCancelling}, {@link PersonalData}, {@link Joining}).
 */
@Service
@Transactional(readOnly = true)
public class RegistrationManagement implements PlacesTaken, CampaignResponses {

	private final RegistrationRepository registrations;

	RegistrationManagement(RegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Override
	public int placesTaken(long conferenceId) {
		return this.registrations.countPlacesTaken(conferenceId);
	}

	/** Registrants from the campaign who confirmed their e-mail address. */
	@Override
	public long registrationsFrom(long campaignId) {
		return this.registrations.countOptedInFromCampaign(campaignId);
	}

	/**
	 * The registrant behind a personal link, for the modules that serve registrants
	 * through it (their questions); empty for an unknown, forged or expired link.
	 */
	public Optional<Participant> participant(String personalToken) {
		if (personalToken == null || personalToken.length() > 64) {
			return Optional.empty();
		}
		return this.registrations.findByPersonalToken(personalToken)
			.filter((r) -> r.getAnonymisedAt() == null)
			.map((r) -> new Participant(r.getId(), r.getConferenceId(), r.name(),
					r.getStatus() != RegistrationStatus.CANCELLED, r.getStatus() == RegistrationStatus.ATTENDED));
	}

	/**
	 * Of these registrations, those whose owner has not confirmed their address yet: what
	 * they wrote on the form may come from anyone who typed that address.
	 */
	public Set<Long> unconfirmed(Collection<Long> registrationIds) {
		if (registrationIds.isEmpty()) {
			return Set.of();
		}
		return this.registrations.findAllById(registrationIds)
			.stream()
			.filter((registration) -> registration.getStatus() == RegistrationStatus.REQUESTED)
			.map(Registration::getId)
			.collect(Collectors.toSet());
	}

	/**
	 * The conferences someone from the municipality registered for and confirmed
	 * (matchmaking reads their themes as the municipality's interests).
	 */
	public List<Long> conferencesOf(String kshCode) {
		return this.registrations.findConferencesOfMunicipality(kshCode);
	}

	/** How many registrants entered the conference's meeting. */
	public int attendees(long conferenceId) {
		return this.registrations.countAttended(conferenceId);
	}

}
