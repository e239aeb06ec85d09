package hu.gyakorlattar.submission;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.shared.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * An application as pages and other modules read it: its municipality and partner
 * municipalities, its texts by section, its attachments (without their bytes) and its
 * status history.
 */
public record SubmissionView(long id, long callId, String kshCode, List<Partner> partners, String title,
		Map<SectionKind, String> sections, SubmissionStatus status, long version, Instant createdAt, String createdBy,
		Instant updatedAt, String updatedBy, Instant submittedAt, @Nullable String submittedBy,
		List<AttachmentView> attachments, List<StatusChangeView> history) {

	public SubmissionView {
		partners = List.copyOf(partners);
		sections = Map.copyOf(sections);
		attachments = List.copyOf(attachments);
		history = List.copyOf(history);
	}

	/**
	 * The title as content quoted in a sentence: applicants write in Hungarian only, so
	 * an English page marks it {@code lang="hu"}.
	 */
	public Bilingual bilingualTitle() {
		return new Bilingual(this.title, null);
	}

	public String section(SectionKind kind) {
		return this.sections.getOrDefault(kind, "");
	}

	public boolean submitted() {
		return this.status.submitted();
	}

	/**
	 * Every municipality the application speaks for: the applying one first, then the
	 * partners of a joint application.
	 */
	public List<String> municipalities() {
		return Stream.concat(Stream.of(this.kshCode), this.partners.stream().map(Partner::kshCode)).toList();
	}

	/** A partner municipality of a joint application. */
	public record Partner(String kshCode, String name) {

		/** As the picker shows and takes it: "Name (code)". */
		public String label() {
			return this.name + " (" + this.kshCode + ")";
		}

	}

	/** An attachment's name, type and size. */
	public record AttachmentView(long id, String filename, String contentType, int size, Instant uploadedAt,
			String uploadedBy) {

	}

	/** One step on the status ladder. */
	public record StatusChangeView(SubmissionStatus status, Instant changedAt, String changedBy, String reason) {

	}

}
