package hu.gyakorlattar.municipality;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What another module has to say of a municipality on its public page
 * ({@code /telepulesek/{kshCode}}): the good practices it runs, those it takes up. The
 * page shows each module's section under its heading, in {@link #order()}; a section
 * without links is left out. The directory knows no practice: the modules that do tell
 * it, so the impact map's links to a municipality do not end on a page that is silent
 * about why it is there.
 */
public interface MunicipalityPageSection {

	/** Where the section stands on the page, the smallest first. */
	int order();

	/** The section for the municipality of this KSH code, in this language. */
	Content of(String kshCode, Locale locale);

	/** A heading and its links. */
	record Content(String heading, List<Link> links) {

	}

	/**
	 * A link to a page of another module, with its text's language when it differs from
	 * the page's, and a short note after it.
	 */
	record Link(String text, @Nullable String lang, String path, @Nullable String note) {

	}

}
