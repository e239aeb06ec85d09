package hu.gyakorlattar.programme;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.Bilingual;

/** A theme (témakör) of a cycle's call, e.g. "Önkormányzati idősellátás". */
@Entity
@Table(name = "programme_theme")
class Theme implements Cycle.Positioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cycle_id")
	private Cycle cycle;

	private int position;

	private String nameHu;

	private String nameEn;

	private String descriptionHu = "";

	private String descriptionEn = "";

	private String prizeSponsor = "";

	private String prizeSponsorEn = "";

	protected Theme() {
	}

	Theme(Cycle cycle, int position) {
		this.cycle = cycle;
		this.position = position;
	}

	void describe(ThemeForm form) {
		this.nameHu = form.nameHu().strip();
		this.nameEn = Localized.orEmpty(form.nameEn());
		this.descriptionHu = Localized.orEmpty(form.descriptionHu());
		this.descriptionEn = Localized.orEmpty(form.descriptionEn());
		this.prizeSponsor = Localized.orEmpty(form.prizeSponsor());
		this.prizeSponsorEn = Localized.orEmpty(form.prizeSponsorEn());
	}

	ThemeView toView() {
		return new ThemeView(this.id, this.position, getBilingualName(), getBilingualDescription(),
				getBilingualPrizeSponsor());
	}

	ThemeForm toForm() {
		return new ThemeForm(this.nameHu, this.nameEn, this.descriptionHu, this.descriptionEn, this.prizeSponsor,
				this.prizeSponsorEn);
	}

	public String name(Locale locale) {
		return getBilingualName().in(locale);
	}

	public String description(Locale locale) {
		return getBilingualDescription().in(locale);
	}

	public Bilingual getBilingualName() {
		return new Bilingual(this.nameHu, this.nameEn);
	}

	public Bilingual getBilingualDescription() {
		return new Bilingual(this.descriptionHu, this.descriptionEn);
	}

	/** The organisation that gives the theme's prize, empty when none does. */
	public Bilingual getBilingualPrizeSponsor() {
		return new Bilingual(this.prizeSponsor, this.prizeSponsorEn);
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

	public String getNameHu() {
		return this.nameHu;
	}

	public String getPrizeSponsor() {
		return this.prizeSponsor;
	}

}
