package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import hu.gyakorlattar.conference.MeetingSeat;
import hu.gyakorlattar.shared.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration for one conference. Personal data is kept as typed (pages
 * escape it); the municipality's county, status and population are copied so that the
 * statistics survive anonymisation. It guards its own life cycle: REQUESTED → CONFIRMED
 * or WAITING → CONFIRMED → ATTENDED, CANCELLED from any state before attending, and
 * REQUESTED again after cancelling; any other step is refused with
 * {@link RegistrationRefused}, whoever asks for it.
 */
@Entity
@Table(name = "registration")
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long conferenceId;

	private String prefix = "";

	private String familyName;

	private String givenName;

	private String email;

	private String emailKey;

	private String post;

	@Embedded
	private @Nullable RegisteredMunicipality municipality;

	private @Nullable String organisation;

	private String phone;

	private String privacyNoticeVersion;

	private boolean listConsent;

	private boolean followUpConsent;

	private String locale;

	private @Nullable Long campaignId;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private String personalToken;

	private String joinToken;

	private String seatJoinUrl;

	private String seatProviderId;

	private Instant createdAt;

	private @Nullable Instant optedInAt;

	private Instant waitingSince;

	private Instant cancelledAt;

	private @Nullable Instant firstJoinedAt;

	private int joinCount;

	private @Nullable Instant joinLinkSentAt;

	private @Nullable Instant anonymisedAt;

	private @Nullable String certificateCode;

	/**
	 * Which of the registration's calendar entries is current: a registration cancelled
	 * and then made again gets a new entry, as calendars drop a cancelled UID for good or
	 * ignore an entry whose SEQUENCE does not outrank the CANCEL.
	 */
	private int calendarEntry = 1;

	/** The conference's calendar sequence of the last move the registrant was told of. */
	private int rescheduledSequence;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(long conferenceId, Registrant registrant, String privacyNoticeVersion, Locale locale, Long campaignId,
			String personalToken, String joinToken, Instant now) {
		this.conferenceId = conferenceId;
		this.email = registrant.email();
		this.emailKey = emailKey(registrant.email());
		this.privacyNoticeVersion = privacyNoticeVersion;
		this.locale = locale.toLanguageTag();
		this.campaignId = campaignId;
		this.personalToken = personalToken;
		this.joinToken = joinToken;
		this.createdAt = now;
		this.status = RegistrationStatus.REQUESTED;
		describe(registrant);
	}

	static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Takes the registrant's data, except the e-mail address, which identifies them; a
	 * cancelled registration keeps what it had until it is made again.
	 */
	void describe(Registrant registrant) {
		if (this.status == RegistrationStatus.CANCELLED) {
			throw new RegistrationRefused(this.status);
		}
		this.prefix = registrant.prefix();
		this.familyName = registrant.familyName();
		this.givenName = registrant.givenName();
		this.post = registrant.post();
		this.organisation = registrant.organisation();
		this.phone = registrant.phone();
		this.listConsent = registrant.listConsent();
		this.followUpConsent = registrant.followUpConsent();
		this.municipality = RegisteredMunicipality.of(registrant.municipality());
	}

	/**
	 * Whether an unconfirmed registration waited too long: its link no longer confirms,
	 * and the nightly retention deletes it.
	 */
	boolean confirmationExpired(Instant now, Duration validFor) {
		return this.status == RegistrationStatus.REQUESTED && !now.isBefore(this.createdAt.plus(validFor));
	}

	/**
	 * The registrant registers again before confirming, or after cancelling: they confirm
	 * a fresh request.
	 */
	void requestAgain(Instant now) {
		require(this.status == RegistrationStatus.REQUESTED || this.status == RegistrationStatus.CANCELLED);
		if (this.status == RegistrationStatus.CANCELLED) {
			this.calendarEntry++;
		}
		this.status = RegistrationStatus.REQUESTED;
		this.cancelledAt = null;
		this.optedInAt = null;
		this.waitingSince = null;
		this.createdAt = now;
	}

	/**
	 * Whether the registrant still has to hear of the conference's move to this calendar
	 * sequence: true once per move, so a move handled twice sends its mail once.
	 */
	boolean hearsOfMove(int sequence) {
		if (sequence <= this.rescheduledSequence) {
			return false;
		}
		this.rescheduledSequence = sequence;
		return true;
	}

	/**
	 * The registrant gets a place: on confirming their address, or from the waiting list.
	 */
	void confirm(Instant now) {
		require(this.status == RegistrationStatus.REQUESTED || this.status == RegistrationStatus.WAITING);
		this.optedInAt = (this.optedInAt != null) ? this.optedInAt : now;
		this.status = RegistrationStatus.CONFIRMED;
		this.waitingSince = null;
	}

	/** The registrant confirmed their address while the conference is full. */
	void waitForPlace(Instant now) {
		require(this.status == RegistrationStatus.REQUESTED);
		this.optedInAt = (this.optedInAt != null) ? this.optedInAt : now;
		this.status = RegistrationStatus.WAITING;
		this.waitingSince = now;
	}

	/** Anyone who has not attended may cancel; their seat in the meeting goes. */
	void cancel(Instant now) {
		require(this.status.cancellable());
		this.status = RegistrationStatus.CANCELLED;
		this.cancelledAt = now;
		this.seatJoinUrl = null;
		this.seatProviderId = null;
	}

	/**
	 * The registrant entered the meeting: attendance, and the code that verifies their
	 * certificate (kept when their data is anonymised, so the certificate stays
	 * verifiable).
	 */
	void joined(Instant now, String newCertificateCode) {
		require(this.status.holdsPlace());
		if (this.firstJoinedAt == null) {
			this.firstJoinedAt = now;
		}
		if (this.certificateCode == null) {
			this.certificateCode = newCertificateCode;
		}
		this.joinCount++;
		if (this.status == RegistrationStatus.CONFIRMED) {
			this.status = RegistrationStatus.ATTENDED;
		}
	}

	/** A seat in the meeting, for a registrant holding a place; {@code null} takes it. */
	void useSeat(MeetingSeat seat) {
		require(seat == null || this.status.holdsPlace());
		this.seatJoinUrl = (seat != null) ? seat.joinUrl() : null;
		this.seatProviderId = (seat != null) ? seat.providerId() : null;
	}

	MeetingSeat seat() {
		return new MeetingSeat(this.seatJoinUrl, this.seatProviderId);
	}

	void joinLinkSent(Instant now) {
		this.joinLinkSentAt = now;
	}

	/**
	 * Removes what identifies the person, keeping the municipality and status for the
	 * statistics. The links stop working.
	 */
	void anonymise(Instant now, String placeholderToken, String placeholderJoinToken) {
		this.prefix = "";
		this.familyName = "";
		this.givenName = "";
		this.email = "anonymised-" + this.id;
		this.emailKey = "anonymised-" + this.id;
		this.post = "";
		this.organisation = null;
		this.phone = null;
		this.personalToken = placeholderToken;
		this.joinToken = placeholderJoinToken;
		this.seatJoinUrl = null;
		this.seatProviderId = null;
		this.anonymisedAt = now;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new RegistrationRefused(this.status);
		}
	}

	PersonName name() {
		return new PersonName(this.prefix, this.familyName, this.givenName);
	}

	Locale locale() {
		return Locale.forLanguageTag(this.locale);
	}

	/** The UID of the current calendar entry; the first keeps the original form. */
	String uid() {
		return "registration-" + this.id + ((this.calendarEntry > 1) ? "." + this.calendarEntry : "") + "@gyakorlattar";
	}

	Long getId() {
		return this.id;
	}

	long getConferenceId() {
		return this.conferenceId;
	}

	String getPrefix() {
		return this.prefix;
	}

	String getFamilyName() {
		return this.familyName;
	}

	String getGivenName() {
		return this.givenName;
	}

	String getEmail() {
		return this.email;
	}

	String getPost() {
		return this.post;
	}

	/** The registrant's municipality, or {@link RegisteredMunicipality#NONE}. */
	RegisteredMunicipality getMunicipality() {
		// Hibernate reads a guest's empty columns as no object at all.
		return (this.municipality != null) ? this.municipality : RegisteredMunicipality.NONE;
	}

	String getOrganisation() {
		return this.organisation;
	}

	String getPhone() {
		return this.phone;
	}

	String getPrivacyNoticeVersion() {
		return this.privacyNoticeVersion;
	}

	boolean isListConsent() {
		return this.listConsent;
	}

	boolean isFollowUpConsent() {
		return this.followUpConsent;
	}

	Long getCampaignId() {
		return this.campaignId;
	}

	RegistrationStatus getStatus() {
		return this.status;
	}

	String getPersonalToken() {
		return this.personalToken;
	}

	String getJoinToken() {
		return this.joinToken;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getOptedInAt() {
		return this.optedInAt;
	}

	Instant getWaitingSince() {
		return this.waitingSince;
	}

	Instant getCancelledAt() {
		return this.cancelledAt;
	}

	@Nullable Instant getFirstJoinedAt() {
		return this.firstJoinedAt;
	}

	int getJoinCount() {
		return this.joinCount;
	}

	@Nullable Instant getJoinLinkSentAt() {
		return this.joinLinkSentAt;
	}

	@Nullable Instant getAnonymisedAt() {
		return this.anonymisedAt;
	}

	@Nullable String getCertificateCode() {
		return this.certificateCode;
	}

}
