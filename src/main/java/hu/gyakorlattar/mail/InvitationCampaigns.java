package hu.gyakorlattar.mail;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.municipality.ContactSelection;
import hu.gyakorlattar.municipality.Gender;
import hu.gyakorlattar.municipality.MunicipalityContactView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme office's invitation campaigns: write a letter for a conference from the
 * letter {@link ProposedLetter} builds of it, preview it for a recipient, send a test to
 * oneself, send it once to a selection of municipality contacts, and see how it goes.
 * Sending only records every recipient as pending and the campaign as being sent, in one
 * short transaction under a lock on the campaign: a double click or a second instance
 * waits, then finds it sent, so no one is invited twice. {@link SendingInvitations}
 * queues the mails in the background. Addresses that unsubscribed are left out of every
 * later campaign.
 */
@Service
@Transactional
class InvitationCampaigns {

	/** Beyond this many parameters a query would strain PostgreSQL; counted in chunks. */
	private static final int CHUNK = 5_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final InvitationCampaignRepository campaigns;

	private final InvitationRecipientRepository recipients;

	private final UnsubscriptionRepository unsubscribed;

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final ConferenceManagement conferences;

	private final MunicipalityDirectory directory;

	private final ObjectProvider<CampaignResponses> responses;

	private final ProposedLetter proposals;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String baseUrl;

	InvitationCampaigns(InvitationCampaignRepository campaigns, InvitationRecipientRepository recipients,
			UnsubscriptionRepository unsubscribed, MailOutbox outbox, MailTemplates templates,
			ConferenceManagement conferences, MunicipalityDirectory directory,
			ObjectProvider<CampaignResponses> responses, ProposedLetter proposals, JdbcTemplate jdbc, Clock clock,
			@Value("${gyakorlattar.base-url}") String baseUrl) {
		this.campaigns = campaigns;
		this.recipients = recipients;
		this.unsubscribed = unsubscribed;
		this.outbox = outbox;
		this.templates = templates;
		this.conferences = conferences;
		this.directory = directory;
		this.responses = responses;
		this.proposals = proposals;
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
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
				this.proposals.text("mail.campaign.template.sender"));
	}

	/**
	 * The years and dates the campaign's subject and text name that are not its
	 * conference's, to warn of before sending; empty when there are none or the
	 * conference is gone.
	 */
	@Transactional(readOnly = true)
	List<String> foreignDates(InvitationCampaign campaign) {
		return conference(campaign.getConferenceId()).map((conference) -> {
			Set<java.time.LocalDate> days = this.proposals.knownDates(conference);
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

	/** The letter as the contact would receive it (their salutation, a sample link). */
	@Transactional(readOnly = true)
	MailTemplates.Rendered preview(long id, Optional<MunicipalityContactView> contact) {
		InvitationCampaign campaign = campaign(id);
		ConferenceView conference = conferenceOf(campaign.getConferenceId());
		String salutation = InvitationLetter.salutationFor(contact.map(MunicipalityContactView::gender).orElse(null));
		String recipient = contact.map(MunicipalityContactView::email).orElse("");
		return this.templates
			.render(InvitationLetter.mail(campaign, conference, recipient, salutation, this.baseUrl, "minta-elonezet"));
	}

	/**
	 * The letter to the office's own address, as the contact (or, with none, a mayor of
	 * unknown gender) would read it; its unsubscribe link leads nowhere.
	 */
	long sendTest(long id, String email, Optional<MunicipalityContactView> contact) {
		InvitationCampaign campaign = campaign(id);
		ConferenceView conference = conferenceOf(campaign.getConferenceId());
		String salutation = InvitationLetter.salutationFor(contact.map(MunicipalityContactView::gender).orElse(null));
		return this.outbox
			.queue(InvitationLetter.mail(campaign, conference, email, salutation, this.baseUrl, newToken()));
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

	/** The counties that have contacts, in Hungarian order, for the selection form. */
	@Transactional(readOnly = true)
	List<String> counties() {
		Set<String> withContacts = contacts().stream()
			.map(MunicipalityContactView::kshCode)
			.collect(Collectors.toSet());
		return this.directory.search("", 100_000)
			.stream()
			.filter((municipality) -> withContacts.contains(municipality.kshCode()))
			.map(MunicipalitySummary::county)
			// Budapest and its districts belong to no county; their legal status selects
			// them.
			.filter((county) -> county != null && !county.isBlank())
			.distinct()
			.sorted(HungarianFormats.collator())
			.toList();
	}

	/** Who a selection reaches: every address once, without the unsubscribed. */
	@Transactional(readOnly = true)
	Reach reach(ContactSelection selection) {
		return addressees(selection).reach();
	}

	/**
	 * Sends the campaign to the selection, once: records every recipient as pending and
	 * the campaign as being sent, and returns; {@link SendingInvitations} queues the
	 * mails. A campaign already sent (or being sent) is left as it is.
	 * @throws InvalidInput if the selection reaches no one or the conference is gone
	 */
	Sending send(long id, ContactSelection selection) {
		InvitationCampaign campaign = this.campaigns.findLockedById(id).orElseThrow(NotFound::new);
		if (campaign.isSent()) {
			return new Sending(campaign.getRecipientCount(), true);
		}
		conferenceOf(campaign.getConferenceId());
		Addressees addressees = addressees(selection);
		if (addressees.list().isEmpty()) {
			throw new InvalidInput(null, "mail.campaign.selection.empty");
		}
		// One statement per thousand rows: recording 3,200 recipients takes a blink.
		this.jdbc.batchUpdate("""
				insert into invitation_recipient
				(campaign_id, email, address, ksh_code, salutation_key, unsubscribe_token, status)
				values (?, ?, ?, ?, ?, ?, 'PENDING')
				""", addressees.list(), 1_000, (statement, contact) -> {
			statement.setLong(1, campaign.getId());
			statement.setString(2, folded(contact.email()));
			statement.setString(3, contact.email().strip());
			statement.setString(4, contact.kshCode());
			statement.setString(5, InvitationLetter.salutationFor(contact.gender()));
			statement.setString(6, newToken());
		});
		campaign.sending(this.clock.instant(), addressees.list().size());
		return new Sending(addressees.list().size(), false);
	}

	@Transactional(readOnly = true)
	CampaignStatistics statistics(long id) {
		InvitationCampaign campaign = campaign(id);
		Map<OutboxMessage.Status, Long> statuses = this.outbox
			.countByStatus(this.recipients.findOutboxIdsByCampaignId(campaign.getId()));
		CampaignResponses counter = this.responses.getIfAvailable();
		return new CampaignStatistics(campaign.getRecipientCount(),
				this.recipients.countByCampaignIdAndStatus(campaign.getId(), InvitationRecipient.Status.PENDING),
				statuses.get(OutboxMessage.Status.QUEUED), statuses.get(OutboxMessage.Status.SENT),
				statuses.get(OutboxMessage.Status.FAILED), this.unsubscribed.countByCampaignId(campaign.getId()),
				(counter != null) ? counter.registrationsFrom(campaign.getId()) : null);
	}

	/** The address an unsubscribe link stands for, if the token is real. */
	@Transactional(readOnly = true)
	Optional<String> unsubscribeAddress(String token) {
		return recipient(token).map(InvitationRecipient::getEmail);
	}

	@Transactional(readOnly = true)
	boolean isUnsubscribed(String email) {
		return this.unsubscribed.existsById(email);
	}

	/** Unsubscribes the address behind the token; answers whether the token was real. */
	boolean unsubscribe(String token) {
		Optional<InvitationRecipient> recipient = recipient(token);
		recipient.ifPresent(
				(found) -> this.unsubscribed.record(found.getEmail(), found.getCampaignId(), this.clock.instant()));
		return recipient.isPresent();
	}

	private Optional<InvitationRecipient> recipient(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
			return Optional.empty();
		}
		// An erased address's link stands for no one any more.
		return this.recipients.findByUnsubscribeToken(token).filter((found) -> found.getEmail() != null);
	}

	/** The campaign's conference; one removed since is reported above the form. */
	private ConferenceView conferenceOf(Long conferenceId) {
		return conference(conferenceId).orElseThrow(() -> new InvalidInput(null, "mail.campaign.conference.unknown"));
	}

	private Addressees addressees(ContactSelection selection) {
		List<MunicipalityContactView> contacts = this.directory.contacts(selection);
		Set<String> unsubscribedAddresses = unsubscribedAmong(contacts);
		Set<String> seen = new HashSet<>();
		List<MunicipalityContactView> list = new ArrayList<>();
		int left = 0;
		int duplicates = 0;
		for (MunicipalityContactView contact : contacts) {
			if (contact.email() == null || contact.email().isBlank()) {
				continue;
			}
			String email = folded(contact.email());
			if (unsubscribedAddresses.contains(email)) {
				left++;
			}
			else if (!seen.add(email)) {
				duplicates++;
			}
			else {
				list.add(contact);
			}
		}
		return new Addressees(list, contacts.size(), left, duplicates);
	}

	private Set<String> unsubscribedAmong(Collection<MunicipalityContactView> contacts) {
		List<String> emails = contacts.stream()
			.map(MunicipalityContactView::email)
			.filter((email) -> email != null && !email.isBlank())
			.map(InvitationCampaigns::folded)
			.distinct()
			.toList();
		Set<String> found = new HashSet<>();
		for (int from = 0; from < emails.size(); from += CHUNK) {
			this.unsubscribed.findAllById(emails.subList(from, Math.min(emails.size(), from + CHUNK)))
				.forEach((unsubscription) -> found.add(unsubscription.getEmail()));
		}
		return found;
	}

	static String folded(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private record Addressees(List<MunicipalityContactView> list, int contacts, int unsubscribed, int duplicates) {

		Reach reach() {
			return new Reach(this.contacts, this.unsubscribed, this.duplicates, this.list.size());
		}

	}

	/**
	 * How many contacts a selection has, how many of them unsubscribed or share an
	 * address with another, and how many mails it would send.
	 */
	record Reach(int contacts, int unsubscribed, int duplicates, int recipients) {

	}

	record Sending(int recipients, boolean alreadySent) {

	}

	/**
	 * @param pending recipients whose mail the worker has not yet put in the outbox
	 * @param queued mails in the outbox waiting for the SMTP server
	 * @param registrations registrations that came through the campaign's link, or
	 * {@code null} when no module counts them
	 */
	record CampaignStatistics(long recipients, long pending, long queued, long sent, long failed, long unsubscribed,
			Long registrations) {

		/** Whether anything still waits, to the worker or to the SMTP server. */
		boolean waiting() {
			return this.pending > 0 || this.queued > 0;
		}

	}

}
