package hu.gyakorlattar.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import hu.gyakorlattar.municipality.MunicipalitySummary;

/**
 * The registrant's municipality as the directory described it when they registered:
 * copied, so that the statistics by county, legal status and population survive the
 * anonymisation of the registration and later changes to the directory.
 */
@Embeddable
record RegisteredMunicipality(@Column(name = "municipality_ksh_code") String kshCode,
		@Column(name = "municipality_name") String name, @Column(name = "municipality_county") String county,
		@Column(name = "municipality_status") String status,
		@Column(name = "municipality_population") Integer population) {

	/** A guest of an organisation comes from no municipality. */
	static final RegisteredMunicipality NONE = new RegisteredMunicipality(null, null, null, null, null);

	/** The copy of a municipality from the directory ({@code null}: none). */
	static RegisteredMunicipality of(MunicipalitySummary municipality) {
		if (municipality == null) {
			return NONE;
		}
		return new RegisteredMunicipality(municipality.kshCode(), municipality.name(), municipality.county(),
				municipality.status().name(), municipality.population());
	}

}
