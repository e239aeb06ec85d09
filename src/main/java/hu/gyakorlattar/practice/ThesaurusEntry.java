package hu.gyakorlattar.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;

/**
 * One relation of the thesaurus: {@code otherTerm} is a broader, narrower or related term
 * of {@code term}. Terms are kept in lower case; a term is never its own relation.
 */
@Entity
@Table(name = "practice_thesaurus_entry")
class ThesaurusEntry {

	static final int MAX_TERM = 100;

	/**
	 * How the other term stands to the term, and how much a search for one finds the
	 * other.
	 */
	enum Relation {

		/** The other term is more general: it finds a little. */
		BROADER(0.2f),
		/** The other term is a kind of the term: a broad word finds its kinds. */
		NARROWER(0.4f),
		/** The other term is close by. */
		RELATED(0.3f);

		private final float weight;

		Relation(float weight) {
			this.weight = weight;
		}

		float weight() {
			return this.weight;
		}

		/** The same relation read from the other term. */
		Relation inverse() {
			return switch (this) {
				case BROADER -> NARROWER;
				case NARROWER -> BROADER;
				case RELATED -> RELATED;
			};
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String term;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	private String otherTerm;

	protected ThesaurusEntry() {
	}

	ThesaurusEntry(String term, Relation relation, String otherTerm) {
		this.term = checked("term", term);
		this.otherTerm = checked("otherTerm", otherTerm);
		if (relation == null) {
			throw new InvalidInput("relation", "practice.thesaurus.relation.none");
		}
		if (this.term.equals(this.otherTerm)) {
			throw new InvalidInput("otherTerm", "practice.thesaurus.same");
		}
		this.relation = relation;
	}

	private static String checked(String field, String value) {
		String term = (value != null) ? value.strip().replaceAll("\\s+", " ").toLowerCase(HungarianFormats.HUNGARIAN)
				: "";
		if (term.isEmpty()) {
			throw new InvalidInput(field, "practice.thesaurus.term.none");
		}
		if (term.length() > MAX_TERM) {
			throw new InvalidInput(field, "practice.thesaurus.term.long", MAX_TERM);
		}
		return term;
	}

	public Long getId() {
		return this.id;
	}

	public String getTerm() {
		return this.term;
	}

	public Relation getRelation() {
		return this.relation;
	}

	public String getOtherTerm() {
		return this.otherTerm;
	}

}
