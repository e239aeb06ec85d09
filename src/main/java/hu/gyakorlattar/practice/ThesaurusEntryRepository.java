package hu.gyakorlattar.practice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThesaurusEntryRepository extends JpaRepository<ThesaurusEntry, Long> {

	List<ThesaurusEntry> findAllByOrderByTermAscRelationAscOtherTermAsc();

	boolean existsByTermAndRelationAndOtherTerm(String term, ThesaurusEntry.Relation relation, String otherTerm);

}
