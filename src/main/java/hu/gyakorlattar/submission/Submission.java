package hu.gyakorlattar.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.call.SectionKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A municipality's application to one call. */
@Entity
@Table(name = "submission")
class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long callId;

	private String kshCode;

	private String title = "";

	@Enumerated(EnumType.STRING)
	private SubmissionStatus status = SubmissionStatus.DRAFT;

	/** The later stages' last news shown, so that outdated news shows nothing. */
	private int newsSequence;

	@Version
	private long version;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	private Instant submittedAt;

	private @Nullable String submittedBy;

	@ElementCollection
	@CollectionTable(name = "submission_section", joinColumns = @JoinColumn(name = "submission_id"))
	@MapKeyColumn(name = "kind")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "text")
	private Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);

	/**
	 * Partner municipalities of a joint application, by KSH code, as the applicant
	 * ordered them.
	 */
	@ElementCollection
	@CollectionTable(name = "submission_partner", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	@Column(name = "ksh_code")
	private List<String> partners = new ArrayList<>();

	@OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<StatusChange> history = new ArrayList<>();

	protected Submission() {
	}

	Submission(long callId, String kshCode, String email, Instant now) {
		this.callId = callId;
		this.kshCode = kshCode;
		this.createdAt = now;
		this.createdBy = email;
		this.updatedAt = now;
		this.updatedBy = email;
		this.history.add(new StatusChange(this, SubmissionStatus.DRAFT, now, email, ""));
	}

	/**
	 * Saves the applicant's texts and partners. A partner is another municipality, named
	 * once: an application is never its own partner.
	 */
	void write(String title, Map<SectionKind, String> texts, List<String> partners, String email, Instant now) {
		if (partners.contains(this.kshCode) || partners.stream().distinct().count() != partners.size()) {
			throw new IllegalArgumentException("Partners are other municipalities, each named once");
		}
		this.partners.clear();
		this.partners.addAll(partners);
		this.title = title;
		this.sections.clear();
		texts.forEach((kind, text) -> {
			if (!text.isEmpty()) {
				this.sections.put(kind, text);
			}
		});
		touch(email, now);
	}

	void touch(String email, Instant now) {
		this.updatedAt = now;
		this.updatedBy = email;
	}

	void submit(String email, Instant now) {
		this.submittedAt = now;
		this.submittedBy = email;
		moveTo(SubmissionStatus.SUBMITTED, email, now, "");
	}

	/**
	 * Shows the applicant what the later stages' news says: each status that differs from
	 * the one shown, in order. News shown before, or older than news shown, is ignored; a
	 * draft takes no news, and nothing goes back to a draft. Returns the statuses newly
	 * shown.
	 */
	List<SubmissionStatus> show(ApplicantStatusNews news) {
		if (news.sequence() <= this.newsSequence) {
			return List.of();
		}
		if (!this.status.submitted() || news.shownStatuses().contains(SubmissionStatus.DRAFT)) {
			throw new IllegalStateException("Only a submitted application moves through the stages");
		}
		List<SubmissionStatus> shown = new ArrayList<>();
		for (SubmissionStatus next : news.shownStatuses()) {
			if (next != this.status) {
				moveTo(next, news.changedBy(), news.changedAt(), (news.reason() != null) ? news.reason() : "");
				shown.add(next);
			}
		}
		this.newsSequence = news.sequence();
		return shown;
	}

	private void moveTo(SubmissionStatus status, String who, Instant now, String reason) {
		this.status = status;
		this.updatedAt = now;
		this.updatedBy = who;
		this.history.add(new StatusChange(this, status, now, who, reason));
	}

	/**
	 * Whether the person started or submitted it. Not the last to change it: the later
	 * stages change it in the committee's name.
	 */
	boolean isAuthoredBy(String email) {
		return email.equals(this.createdBy) || email.equals(this.submittedBy);
	}

	Long getId() {
		return this.id;
	}

	long getCallId() {
		return this.callId;
	}

	String getKshCode() {
		return this.kshCode;
	}

	SubmissionStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	String getTitle() {
		return this.title;
	}

	Map<SectionKind, String> getSections() {
		return this.sections;
	}

	List<String> getPartners() {
		return this.partners;
	}

	SubmissionView toView(List<SubmissionView.Partner> partners, List<SubmissionView.AttachmentView> attachments) {
		return new SubmissionView(this.id, this.callId, this.kshCode, partners, this.title, this.sections, this.status,
				this.version, this.createdAt, this.createdBy, this.updatedAt, this.updatedBy, this.submittedAt,
				this.submittedBy, attachments,
				this.history.stream()
					.map((change) -> new SubmissionView.StatusChangeView(change.getStatus(), change.getChangedAt(),
							change.getChangedBy(), change.getReason()))
					.toList());
	}

}
