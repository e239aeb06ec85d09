package hu.gyakorlattar.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.shared.Bilingual;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One year of the programme: its call, themes and committee. */
@Entity
@Table(name = "programme_cycle")
class Cycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private String titleHu;

	private String titleEn;

	private String summaryHu = "";

	private String summaryEn = "";

	private Instant createdAt = Instant.now();

	@OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Theme> themes = new ArrayList<>();

	@OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CommitteeMember> committee = new ArrayList<>();

	protected Cycle() {
	}

	Cycle(int year) {
		this.year = year;
	}

	void describe(CycleForm form) {
		this.titleHu = form.titleHu().strip();
		this.titleEn = Localized.orEmpty(form.titleEn());
		this.summaryHu = Localized.orEmpty(form.summaryHu());
		this.summaryEn = Localized.orEmpty(form.summaryEn());
	}

	Theme addTheme(ThemeForm form) {
		Theme theme = new Theme(this, this.themes.size() + 1);
		theme.describe(form);
		this.themes.add(theme);
		return theme;
	}

	CommitteeMember addMember(CommitteeMemberForm form) {
		CommitteeMember member = new CommitteeMember(this, this.committee.size() + 1);
		member.describe(form);
		this.committee.add(member);
		return member;
	}

	void removeTheme(long themeId) {
		this.themes.removeIf((theme) -> theme.getId() == themeId);
		renumber(this.themes);
	}

	void removeMember(long memberId) {
		this.committee.removeIf((member) -> member.getId() == memberId);
		renumber(this.committee);
	}

	/** Moves a theme one place up (towards the start of the list). */
	void moveThemeUp(long themeId) {
		for (int i = 1; i < this.themes.size(); i++) {
			if (this.themes.get(i).getId() == themeId) {
				this.themes.add(i - 1, this.themes.remove(i));
				break;
			}
		}
		renumber(this.themes);
	}

	private static void renumber(List<? extends Positioned> items) {
		for (int i = 0; i < items.size(); i++) {
			items.get(i).setPosition(i + 1);
		}
	}

	boolean hasThemeNamed(String nameHu, Long except) {
		return this.themes.stream()
			.anyMatch((theme) -> theme.getNameHu().equalsIgnoreCase(nameHu.strip()) && !theme.getId().equals(except));
	}

	boolean hasMemberNamed(String organisationHu, Long except) {
		return this.committee.stream()
			.anyMatch((member) -> member.getOrganisationHu().equalsIgnoreCase(organisationHu.strip())
					&& !member.getId().equals(except));
	}

	CycleView toView() {
		return new CycleView(this.year, getBilingualTitle(), getBilingualSummary(),
				this.themes.stream().map(Theme::toView).toList(),
				this.committee.stream().map(CommitteeMember::getBilingualOrganisation).toList());
	}

	CycleForm toForm() {
		return new CycleForm(this.year, this.titleHu, this.titleEn, this.summaryHu, this.summaryEn);
	}

	public String title(Locale locale) {
		return getBilingualTitle().in(locale);
	}

	public String summary(Locale locale) {
		return getBilingualSummary().in(locale);
	}

	public Bilingual getBilingualTitle() {
		return new Bilingual(this.titleHu, this.titleEn);
	}

	public Bilingual getBilingualSummary() {
		return new Bilingual(this.summaryHu, this.summaryEn);
	}

	Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public List<Theme> getThemes() {
		return this.themes;
	}

	public List<CommitteeMember> getCommittee() {
		return this.committee;
	}

	interface Positioned {

		void setPosition(int position);

	}

}
