package hu.gyakorlattar.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import hu.gyakorlattar.campaign.PracticesThatFit.FittingPractice;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.RenderedMail;
import hu.gyakorlattar.municipality.ContactSelection;
import hu.gyakorlattar.municipality.MunicipalityContactView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme office writes an invitation: a letter for a conference, started from the
 * one {@link ProposedLetter} builds of it, changed while it is a draft, previewed for a
 * recipient and sent as a test to the office itself. Sending it to a selection is
 * {@link AddressingCampaigns}.
 */
@Service
@Transactional
class WritingInvitations {

	private final InvitationCampaignRepository campaigns;

	private final MailOutbox outbox;

	private final ConferenceManagement conferences;

	private final MunicipalityDirectory directory;

	private final ProposedLetter proposals;

	private final PracticesInLetter practices;

	private final Clock clock;

	private final String baseUrl;

	WritingInvitations(InvitationCampaignRepository campaigns, MailOutbox outbox, ConferenceManagement conferences,
			MunicipalityDirectory directory, ProposedLetter proposals, PracticesInLetter practices, Clock clock,
			SiteAddress site) {
		this.campaigns = campaigns;
		this.outbox = outbox;
		this.conferences = conferences;
		this.directory = directory;
		this.proposals = proposals;
		this.practices = practices;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	@Transactional(readOnly = true)
	List<InvitationCampaign> all() {
		return this.campaigns.findAllByOrderByCreatedAtDescIdDesc();
	}

	@Transactional(readOnly = true)
	InvitationCampaign campaign(long id) {
		return this.campaigns.findById(id).orElseThrow(NotFound::new);
	}

	/** Conferences one may invite to: the published ones, soonest first. */
	@Transactional(readOnly = true)
	List<ConferenceView> conferences() {
		List<ConferenceView> choices = new ArrayList<>(this.conferences.upcoming());
		choices.addAll(this.conferences.past());
		return choices;
	}

	@Transactional(readOnly = true)
	Optional<ConferenceView> conference(Long conferenceId) {
		return (conferenceId != null) ? this.conferences.find(conferenceId) : Optional.empty();
	}

	/**
	 * A new letter for the conference, proposed from the conference and its programme
	 * year, signed in Budapest today by the Steering Committee.
	 */
	@Transactional(readOnly = true)
	InvitationCampaignForm draft(ConferenceView conference) {
		ProposedLetter.Text proposed = this.proposals.compose(conference);
		return new InvitationCampaignForm(conference.id(), proposed.subject(), proposed.body(),
				this.proposals.text("mail.campaign.template.place"), InvitationLetter.today(this.clock.instant()),
				this.proposals.text("mail.campaign.template.sender"), false);
	}

	/**
	 * The years and dates the campaign's subject and text name that are not its
	 * conference's, to warn of before sending; empty when there are none or the
	 * conference is gone.
	 */
	@Transactional(readOnly = true)
	List<String> foreignDates(InvitationCampaign campaign) {
		return conference(campaign.getConferenceId()).map((conference) -> {
			Set<LocalDate> days = this.proposals.knownDates(conference);
			Set<Integer> years = new HashSet<>();
			years.add(conference.cycleYear());
			days.forEach((day) -> years.add(day.getYear()));
			return DatesInLetter.foreign(campaign.getSubject() + "\n" + campaign.getBody(), days, years);
		}).orElse(List.of());
	}

	InvitationCampaign create(InvitationCampaignForm form) {
		conference(form.conferenceId())
			.orElseThrow(() -> new InvalidInput("conferenceId", "mail.campaign.conference.unknown"));
		return this.campaigns.save(new InvitationCampaign(form, this.clock.instant()));
	}

	/** Changes the letter while it is a draft; its conference stays. */
	void describe(long id, InvitationCampaignForm form) {
		InvitationCampaign campaign = this.campaigns.findLockedById(id).orElseThrow(NotFound::new);
		if (campaign.isSent()) {
			throw new InvalidInput(null, "mail.campaign.alreadySent");
		}
		campaign.describe(form);
	}

	/**
	 * The letter as the contact would receive it (their salutation, the practices that
	 * fit their municipality, a sample link).
	 */
	@Transactional(readOnly = true)
	RenderedMail preview(long id, Optional<MunicipalityContactView> contact) {
		InvitationCampaign campaign = campaign(id);
		ConferenceView conference = conferenceOf(campaign);
		String salutation = InvitationLetter.salutationFor(contact.map(MunicipalityContactView::gender).orElse(null));
		String recipient = contact.map(MunicipalityContactView::email).orElse("");
		return this.outbox.preview(InvitationLetter.mail(campaign, conference, recipient, salutation, this.baseUrl,
				"minta-elonezet", practicesFor(campaign, contact)));
	}

	/**
	 * The letter to the office's own address, as the contact (or, with none, a mayor of
	 * unknown gender) would read it; its unsubscribe link leads nowhere.
	 */
	long sendTest(long id, String email, Optional<MunicipalityContactView> contact) {
		InvitationCampaign campaign = campaign(id);
		ConferenceView conference = conferenceOf(campaign);
		String salutation = InvitationLetter.salutationFor(contact.map(MunicipalityContactView::gender).orElse(null));
		return this.outbox.queue(InvitationLetter.test(campaign, conference, email, salutation, this.baseUrl,
				InvitationRecipient.newUnsubscribeToken(), practicesFor(campaign, contact)));
	}

	private List<FittingPractice> practicesFor(InvitationCampaign campaign, Optional<MunicipalityContactView> contact) {
		return contact.map(MunicipalityContactView::kshCode)
			.map((kshCode) -> this.practices.forRecipients(campaign, List.of(kshCode)).getOrDefault(kshCode, List.of()))
			.orElse(List.of());
	}

	/** Contacts offered for the preview, in Hungarian order. */
	@Transactional(readOnly = true)
	List<MunicipalityContactView> contacts() {
		return this.directory.contacts(ContactSelection.all());
	}

	@Transactional(readOnly = true)
	Optional<MunicipalityContactView> contact(String kshCode) {
		if (kshCode == null || kshCode.isBlank()) {
			return Optional.empty();
		}
		return contacts().stream().filter((contact) -> contact.kshCode().equals(kshCode)).findFirst();
	}

	/** The campaign's conference; one removed since is reported above the form. */
	ConferenceView conferenceOf(InvitationCampaign campaign) {
		return conference(campaign.getConferenceId())
			.orElseThrow(() -> new InvalidInput(null, "mail.campaign.conference.unknown"));
	}

}
