package hu.gyakorlattar.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.municipality.ContactSelection;
import hu.gyakorlattar.municipality.MunicipalityContactView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme office sends a campaign to a selection of municipality contacts: how many
 * a selection reaches, then the send itself, once. Sending only records every recipient
 * as pending and the campaign as being sent, in one short transaction under a lock on the
 * campaign: a double click or a second instance waits, then finds it sent, so no one is
 * invited twice. {@link SendingInvitations} queues the mails in the background. Addresses
 * that unsubscribed are left out of every later campaign.
 */
@Service
@Transactional
class AddressingCampaigns {

	/** Beyond this many parameters a query would strain PostgreSQL; counted in chunks. */
	private static final int CHUNK = 5_000;

	private final InvitationCampaignRepository campaigns;

	private final UnsubscriptionRepository unsubscribed;

	private final ConferenceManagement conferences;

	private final MunicipalityDirectory directory;

	private final SendingInvitations sending;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AddressingCampaigns(InvitationCampaignRepository campaigns, UnsubscriptionRepository unsubscribed,
			ConferenceManagement conferences, MunicipalityDirectory directory, SendingInvitations sending,
			JdbcTemplate jdbc, Clock clock) {
		this.campaigns = campaigns;
		this.unsubscribed = unsubscribed;
		this.conferences = conferences;
		this.directory = directory;
		this.sending = sending;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The counties that have contacts, in Hungarian order, for the selection form. */
	@Transactional(readOnly = true)
	List<String> counties() {
		Set<String> withContacts = this.directory.contacts(ContactSelection.all())
			.stream()
			.map(MunicipalityContactView::kshCode)
			.collect(Collectors.toSet());
		return this.directory.search("", 100_000)
			.stream()
			.filter((municipality) -> withContacts.contains(municipality.kshCode()))
			.map(MunicipalitySummary::county)
			// Budapest itself is in no county (its districts are in "főváros"):
			// its legal status selects it.
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
		if (this.conferences.find(campaign.getConferenceId()).isEmpty()) {
			throw new InvalidInput(null, "mail.campaign.conference.unknown");
		}
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
			statement.setString(2, Unsubscription.folded(contact.email()));
			statement.setString(3, contact.email().strip());
			statement.setString(4, contact.kshCode());
			statement.setString(5, InvitationLetter.salutationFor(contact.gender()));
			statement.setString(6, InvitationRecipient.newUnsubscribeToken());
		});
		campaign.sending(this.clock.instant(), addressees.list().size());
		this.sending.startAfterCommit();
		return new Sending(addressees.list().size(), false);
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
			String email = Unsubscription.folded(contact.email());
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
			.map(Unsubscription::folded)
			.distinct()
			.toList();
		Set<String> found = new HashSet<>();
		for (int from = 0; from < emails.size(); from += CHUNK) {
			this.unsubscribed.findAllById(emails.subList(from, Math.min(emails.size(), from + CHUNK)))
				.forEach((unsubscription) -> found.add(unsubscription.getEmail()));
		}
		return found;
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

}
