package hu.gyakorlattar.practice;

import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.shared.Viewer;

/**
 * A section that another module adds to a published practice's page (e.g. where the
 * practice has been taken up), so that the knowledge base shows it without depending on
 * that module: the page renders the fragment with its model as {@code section}.
 */
public interface PracticePageSection {

	/** The section for this practice and viewer, or nothing to show. */
	Optional<Fragment> section(PublishedPractice practice, Viewer viewer);

	/** A Thymeleaf fragment ({@code template :: name}) and the model it reads. */
	record Fragment(String template, String name, Map<String, Object> model) {

	}

}
