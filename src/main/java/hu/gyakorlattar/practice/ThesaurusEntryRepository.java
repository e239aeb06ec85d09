package hu.gyakorlattar.practice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThesaurusEntryRepository extends JpaRepository<ThesaurusEntry, Long> {

	boolean existsByTermAndRelationAndOtherTerm(String term, ThesaurusEntry.Relation relation, String otherTerm);

	/**
	 * Which state of the thesaurus the table holds: entries are only added (with a higher
	 * id) or removed, never changed, so any edit changes the count or the highest id.
	 */
	@Query("select count(e) as entries, coalesce(max(e.id), 0) as lastId from ThesaurusEntry e")
	Version version();

	interface Version {

		long getEntries();

		long getLastId();

	}

}
