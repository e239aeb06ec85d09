package hu.gyakorlattar.municipality;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an import's change report: what happened to one municipality. */
@Entity
@Table(name = "municipality_gazetteer_change")
class GazetteerChange {

	/** The kinds of change an administrator wants to review after an import. */
	enum Kind {

		ADDED, RENAMED, STATUS_CHANGED, COUNTY_CHANGED, MISSING, REAPPEARED,

		/** District, population, area or year only: counted, not listed. */
		OTHER_UPDATED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long importId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String kshCode;

	private String name;

	private String oldValue;

	private String newValue;

	protected GazetteerChange() {
	}

	GazetteerChange(long importId, Kind kind, String kshCode, String name, String oldValue, String newValue) {
		this.importId = importId;
		this.kind = kind;
		this.kshCode = kshCode;
		this.name = name;
		this.oldValue = oldValue;
		this.newValue = newValue;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getKshCode() {
		return this.kshCode;
	}

	public String getName() {
		return this.name;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

}
