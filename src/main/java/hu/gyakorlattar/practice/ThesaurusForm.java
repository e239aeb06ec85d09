package hu.gyakorlattar.practice;

/** What the office types to add a relation to the thesaurus. */
record ThesaurusForm(String term, ThesaurusEntry.Relation relation, String otherTerm) {

	static ThesaurusForm empty() {
		return new ThesaurusForm("", ThesaurusEntry.Relation.NARROWER, "");
	}

}
