package hu.gyakorlattar.practice;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document or picture of a practice: PDF, PNG or JPEG, checked by its first bytes. */
@Entity
@Table(name = "practice_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long practiceId;

	private String fileName;

	private String contentType;

	private int sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "content")
	private byte[] content;

	private Instant uploadedAt;

	private String uploadedBy;

	protected Attachment() {
	}

	Attachment(long practiceId, String fileName, String contentType, byte[] content, Instant uploadedAt,
			String uploadedBy) {
		this.practiceId = practiceId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.content = content;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public long getPracticeId() {
		return this.practiceId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public int getSizeBytes() {
		return this.sizeBytes;
	}

	byte[] getContent() {
		return this.content;
	}

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
