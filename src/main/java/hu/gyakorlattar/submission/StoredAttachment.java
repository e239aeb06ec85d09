package hu.gyakorlattar.submission;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attachment of an application, bytes and all. */
@Entity
@Table(name = "submission_attachment")
class StoredAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private String filename;

	private String contentType;

	private int sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private Instant uploadedAt;

	private String uploadedBy;

	protected StoredAttachment() {
	}

	StoredAttachment(long submissionId, UploadedFile file, String email, Instant now) {
		this.submissionId = submissionId;
		this.filename = file.filename();
		this.contentType = file.contentType();
		this.content = file.content();
		this.sizeBytes = file.content().length;
		this.uploadedAt = now;
		this.uploadedBy = email;
	}

	Long getId() {
		return this.id;
	}

	long getSubmissionId() {
		return this.submissionId;
	}

	String getFilename() {
		return this.filename;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

	SubmissionView.AttachmentView toView() {
		return new SubmissionView.AttachmentView(this.id, this.filename, this.contentType, this.sizeBytes,
				this.uploadedAt, this.uploadedBy);
	}

}
