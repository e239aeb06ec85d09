package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who downloaded which attachment of an application, and when: evaluators and the
 * committee read applicants' photos and evidence, and the office can tell who did.
 */
@Entity
@Table(name = "evaluation_attachment_download")
class AttachmentDownload {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private long attachmentId;

	private String downloadedBy;

	private Instant downloadedAt;

	protected AttachmentDownload() {
	}

	AttachmentDownload(long submissionId, long attachmentId, String downloadedBy, Instant downloadedAt) {
		this.submissionId = submissionId;
		this.attachmentId = attachmentId;
		this.downloadedBy = downloadedBy;
		this.downloadedAt = downloadedAt;
	}

	long getAttachmentId() {
		return this.attachmentId;
	}

	String getDownloadedBy() {
		return this.downloadedBy;
	}

	Instant getDownloadedAt() {
		return this.downloadedAt;
	}

}
