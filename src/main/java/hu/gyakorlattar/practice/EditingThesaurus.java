package hu.gyakorlattar.practice;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office adds and removes relations of the search's thesaurus; every instance's next
 * search reads the change ({@link Thesaurus}).
 */
@Service
@Transactional
class EditingThesaurus {

	private final ThesaurusEntryRepository entries;

	EditingThesaurus(ThesaurusEntryRepository entries) {
		this.entries = entries;
	}

	/**
	 * The entries in Hungarian alphabetical order of their terms, which the database's
	 * byte order is not ("önkormányzat" after "z").
	 */
	@Transactional(readOnly = true)
	List<ThesaurusEntry> all() {
		Collator collator = HungarianFormats.collator();
		return this.entries.findAll()
			.stream()
			.sorted(Comparator.comparing(ThesaurusEntry::getTerm, collator)
				.thenComparing(ThesaurusEntry::getRelation)
				.thenComparing(ThesaurusEntry::getOtherTerm, collator))
			.toList();
	}

	ThesaurusEntry add(ThesaurusForm form) {
		ThesaurusEntry entry = new ThesaurusEntry(form.term(), form.relation(), form.otherTerm());
		if (this.entries.existsByTermAndRelationAndOtherTerm(entry.getTerm(), entry.getRelation(),
				entry.getOtherTerm())) {
			throw new InvalidInput("otherTerm", "practice.thesaurus.exists");
		}
		this.entries.save(entry);
		return entry;
	}

	void remove(long id) {
		this.entries.delete(this.entries.findById(id).orElseThrow(NotFound::new));
	}

}
