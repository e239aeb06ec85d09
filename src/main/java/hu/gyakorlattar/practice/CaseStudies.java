package hu.gyakorlattar.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.shared.PdfDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practice as an English case study in the structure the European good-practice
 * databases ask for (URBACT, Interreg Europe's Policy Learning Platform, OPSI): title,
 * problem, solution, resources, results, transferability, contact; a tagged PDF the
 * office submits. A section without an English version is printed in Hungarian, marked
 * so.
 */
@Service
@Transactional(readOnly = true)
class CaseStudies {

	private final EditingPractices editing;

	private final PdfDocuments pdfs;

	CaseStudies(EditingPractices editing, PdfDocuments pdfs) {
		this.editing = editing;
		this.pdfs = pdfs;
	}

	/**
	 * The databases' chapters and the sections of the practice's story each is told from.
	 */
	static final Map<String, List<String>> CHAPTERS = chapters();

	byte[] inEnglish(long practiceId) {
		Practice practice = this.editing.practiceForEditor(practiceId);
		return this.pdfs.render("practice/case-study", Map.of("practice", practice, "chapters", chapters(practice)),
				Locale.ENGLISH);
	}

	/** Each chapter with the sections the practice tells of it, in order. */
	static List<Chapter> chapters(Practice practice) {
		return CHAPTERS.entrySet()
			.stream()
			.map((chapter) -> new Chapter(chapter.getKey(),
					practice.getSections()
						.stream()
						.filter((section) -> chapter.getValue().contains(section.part()))
						.toList()))
			.toList();
	}

	private static Map<String, List<String>> chapters() {
		Map<String, List<String>> chapters = new LinkedHashMap<>();
		chapters.put("problem", List.of("problem"));
		chapters.put("solution", List.of("solution", "implementation", "innovation"));
		chapters.put("resources", List.of("resources", "partners"));
		chapters.put("results", List.of("results", "sustainability"));
		chapters.put("transferability", List.of("transferability", "challenges"));
		return chapters;
	}

	/** One chapter of the case study and the practice's sections that tell it. */
	record Chapter(String key, List<StorySection> sections) {

	}

}
