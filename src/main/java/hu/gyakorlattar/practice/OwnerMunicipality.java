package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import hu.gyakorlattar.municipality.CountyNames;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalitySummary;

/**
 * A municipality that runs the practice, as the directory described it when the practice
 * was saved: the KSH code is the reference, the rest is kept for the index and the pages.
 */
@Embeddable
class OwnerMunicipality {

	@Column(name = "ksh_code")
	private String kshCode;

	private String name;

	private String county;

	@Column(name = "legal_status")
	private String legalStatus;

	private int population;

	protected OwnerMunicipality() {
	}

	OwnerMunicipality(MunicipalitySummary summary) {
		this.kshCode = summary.kshCode();
		this.name = summary.name();
		this.county = (summary.county() != null) ? summary.county() : "";
		this.legalStatus = summary.status().name();
		this.population = summary.population();
	}

	public String getKshCode() {
		return this.kshCode;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * The county, "főváros" for Budapest's districts, "Budapest" for the capital itself.
	 */
	public String getCounty() {
		return this.county.isBlank() ? "Budapest" : this.county;
	}

	/**
	 * The county as readers know it: "Budapest" for the capital and its districts alike.
	 */
	public String getCountyName() {
		return CountyNames.of(getCounty());
	}

	/** Budapest or one of its districts, which lie in no county. */
	public boolean isInBudapest() {
		return CountyNames.isBudapest(this.county);
	}

	public LegalStatus getLegalStatus() {
		return LegalStatus.valueOf(this.legalStatus);
	}

	public int getPopulation() {
		return this.population;
	}

	public PopulationBand getBand() {
		return PopulationBand.of(this.population);
	}

}
