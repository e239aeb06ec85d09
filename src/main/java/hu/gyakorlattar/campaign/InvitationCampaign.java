package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invitation letter about one conference, written by the programme office and sent
 * once: while it is a draft its text may change; once sent it is the record of what went
 * to whom.
 */
@Entity
@Table(name = "invitation_campaign")
class InvitationCampaign {

	enum Status {

		/** The text may change. */
		DRAFT,
		/** The recipients are recorded; the worker is queueing their mails. */
		SENDING,
		/** Every recipient's mail is in the outbox. */
		SENT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long conferenceId;

	private String subject;

	private String body;

	private String signaturePlace;

	private LocalDate signatureDate;

	private String sender;

	/** Each recipient's letter carries the practices that fit its municipality. */
	private boolean practicesThatFit;

	@Enumerated(EnumType.STRING)
	private Status status = Status.DRAFT;

	private Instant createdAt;

	private Instant sentAt;

	private Instant finishedAt;

	private int recipientCount;

	@Version
	private long version;

	protected InvitationCampaign() {
	}

	InvitationCampaign(InvitationCampaignForm form, Instant now) {
		this.conferenceId = form.conferenceId();
		this.createdAt = now;
		describe(form);
	}

	void describe(InvitationCampaignForm form) {
		this.subject = form.subject().strip();
		this.body = form.body().strip();
		this.signaturePlace = form.signaturePlace().strip();
		this.signatureDate = form.signatureDate();
		this.sender = form.sender().strip();
		this.practicesThatFit = Boolean.TRUE.equals(form.practicesThatFit());
	}

	/** The office sent it to these many recipients; the worker queues their mails. */
	void sending(Instant now, int recipients) {
		this.status = Status.SENDING;
		this.sentAt = now;
		this.recipientCount = recipients;
	}

	/** Recorded as sent and finished at once, as other modules' tests need it. */
	void sent(Instant now, int recipients) {
		sending(now, recipients);
		this.status = Status.SENT;
		this.finishedAt = now;
	}

	/**
	 * Whether the office sent it: being sent or finished, the letter is the record of
	 * what goes to whom and no longer changes, and it is never sent again.
	 */
	public boolean isSent() {
		return this.status != Status.DRAFT;
	}

	/** The worker is still queueing its mails. */
	public boolean isSending() {
		return this.status == Status.SENDING;
	}

	InvitationCampaignForm toForm() {
		return new InvitationCampaignForm(this.conferenceId, this.subject, this.body, this.signaturePlace,
				this.signatureDate, this.sender, this.practicesThatFit);
	}

	public Long getId() {
		return this.id;
	}

	public long getConferenceId() {
		return this.conferenceId;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public String getSignaturePlace() {
		return this.signaturePlace;
	}

	public LocalDate getSignatureDate() {
		return this.signatureDate;
	}

	public String getSender() {
		return this.sender;
	}

	public boolean isPracticesThatFit() {
		return this.practicesThatFit;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public int getRecipientCount() {
		return this.recipientCount;
	}

}
