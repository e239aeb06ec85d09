package hu.gyakorlattar.submission;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.gyakorlattar.call.SectionKind;

/**
 * The application form as the applicant sends it: the version the page was loaded at
 * (optimistic locking), the title, and a text per section keyed by the section's name.
 * Limits come from the call, so they are checked by the module, not by annotations. A
 * bean: a map of sections binds by setter.
 */
public class ApplicationForm {

	private Long version;

	private String title = "";

	private Map<String, String> sections = new LinkedHashMap<>();

	public ApplicationForm() {
	}

	static ApplicationForm of(SubmissionView submission) {
		ApplicationForm form = new ApplicationForm();
		form.version = submission.version();
		form.title = submission.title();
		submission.sections().forEach((kind, text) -> form.sections.put(kind.name(), text));
		return form;
	}

	/** The text of a section, line breaks as a browser's textarea counts them. */
	String text(SectionKind kind) {
		return normalise(this.sections.get(kind.name()));
	}

	String cleanTitle() {
		return normalise(this.title).replace('\n', ' ');
	}

	static String normalise(String text) {
		return (text != null) ? text.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
	}

	/** Characters as a person counts them (and as the page's counter does). */
	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Map<String, String> getSections() {
		return this.sections;
	}

	public void setSections(Map<String, String> sections) {
		this.sections = (sections != null) ? sections : new LinkedHashMap<>();
	}

}
