package hu.gyakorlattar.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.call.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * The application form as the applicant sends it: the version the page was loaded at
 * (optimistic locking), the title, a text per section keyed by the section's name, and
 * the partner municipalities as picked. Limits come from the call, so they are checked by
 * the module, not by annotations. A bean: a map of sections binds by setter.
 */
class ApplicationForm {

	private @Nullable Long version;

	private String title = "";

	private Map<String, String> sections = new LinkedHashMap<>();

	/**
	 * Partner municipalities as typed or picked ("Name (code)"); blank fields are none.
	 */
	private List<String> partners = new ArrayList<>();

	public ApplicationForm() {
	}

	static ApplicationForm of(SubmissionView submission) {
		ApplicationForm form = new ApplicationForm();
		form.version = submission.version();
		form.title = submission.title();
		submission.sections().forEach((kind, text) -> form.sections.put(kind.name(), text));
		submission.partners().forEach((partner) -> form.partners.add(partner.label()));
		return form;
	}

	/** The partner fields as typed, with their index in the form; blank ones left out. */
	Map<Integer, String> typedPartners() {
		Map<Integer, String> typed = new LinkedHashMap<>();
		for (int i = 0; i < this.partners.size(); i++) {
			String text = normalise(this.partners.get(i));
			if (!text.isEmpty()) {
				typed.put(i, text);
			}
		}
		return typed;
	}

	/** Room for more partners than named so far: a few empty fields, up to the limit. */
	void leaveRoomForPartners(int max) {
		int wanted = Math.min(max, Math.max(this.partners.size(), typedPartners().size() + 2));
		while (this.partners.size() < wanted) {
			this.partners.add("");
		}
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

	public @Nullable Long getVersion() {
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

	public List<String> getPartners() {
		return this.partners;
	}

	public void setPartners(List<String> partners) {
		this.partners = (partners != null) ? partners : new ArrayList<>();
	}

	public Map<String, String> getSections() {
		return this.sections;
	}

	public void setSections(Map<String, String> sections) {
		this.sections = (sections != null) ? sections : new LinkedHashMap<>();
	}

}
