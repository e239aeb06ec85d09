package hu.gyakorlattar.e2e;

import java.util.Optional;

import com.microsoft.playwright.Page;

/**
 * Whether a page shows a table with nothing in it: headings over an empty body tell a
 * visitor nothing, and a screen reader announces a table of no rows. Where a list can be
 * empty the page says so in a sentence instead (as "Még nincs programpont.").
 */
final class EmptyTables {

	/** Each table whose bodies have no rows, named by its id or caption. */
	private static final String EMPTY = """
			() => {
			  const empty = [...document.querySelectorAll('table')]
			      .filter((table) => table.tBodies.length > 0 && [...table.tBodies].every((body) => body.rows.length === 0));
			  return empty.length === 0 ? null : empty
			      .map((table) => 'table' + (table.id ? '#' + table.id : '')
			          + (table.caption ? ' "' + table.caption.textContent.trim() + '"' : '')
			          + (table.getAttribute('aria-labelledby') || table.closest('[aria-labelledby]')
			              ? ' under "' + (document.getElementById((table.getAttribute('aria-labelledby')
			                  || table.closest('[aria-labelledby]').getAttribute('aria-labelledby')))?.textContent.trim() || '') + '"'
			              : ''))
			      .join(', ');
			}""";

	private EmptyTables() {
	}

	/** The page's empty tables, if it has any. */
	static Optional<String> in(Page page) {
		return Optional.ofNullable((String) page.evaluate(EMPTY));
	}

}
