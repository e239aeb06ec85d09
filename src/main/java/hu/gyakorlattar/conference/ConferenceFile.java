package hu.gyakorlattar.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded file: a speaker's photo or a talk's slides. */
@Entity
@Table(name = "conference_file")
class ConferenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String filename;

	private String contentType;

	private byte[] content;

	protected ConferenceFile() {
	}

	ConferenceFile(FileContent file) {
		this.filename = file.filename();
		this.contentType = file.contentType();
		this.content = file.content();
	}

	FileContent toContent() {
		return new FileContent(this.filename, this.contentType, this.content);
	}

	Long getId() {
		return this.id;
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

}
