package hu.gyakorlattar.e2e;

import java.util.Optional;

import com.microsoft.playwright.Page;

/**
 * Whether a page shows a table or a list with nothing in it: headings over an empty table
 * body tell a visitor nothing, and a screen reader announces a table of no rows or a list
 * of no items. Where a list can be empty the page says so in a sentence instead (as "Még
 * nincs programpont.").
 */
final class EmptyLists {

	/**
	 * Each table whose bodies have no rows, named by its caption or the heading that
	 * names its region, and each list without items, named by where it is.
	 */
	private static final String EMPTY = """
			() => {
			  const labelOf = (element) => {
			    const labelled = element.closest('[aria-labelledby]');
			    const label = labelled && document.getElementById(labelled.getAttribute('aria-labelledby'));
			    return label ? ' under "' + label.textContent.trim() + '"' : '';
			  };
			  const tables = [...document.querySelectorAll('table')]
			      .filter((table) => table.tBodies.length > 0 && [...table.tBodies].every((body) => body.rows.length === 0))
			      .map((table) => 'table' + (table.id ? '#' + table.id : '')
			          + (table.caption ? ' "' + table.caption.textContent.trim() + '"' : labelOf(table)));
			  const lists = [...document.querySelectorAll('ul, ol, dl')]
			      .filter((list) => list.children.length === 0)
			      .map((list) => list.tagName.toLowerCase() + (list.id ? '#' + list.id : '')
			          + (list.className ? '.' + list.className.trim().split(/\\s+/).join('.') : '') + labelOf(list));
			  const empty = tables.concat(lists);
			  return empty.length === 0 ? null : empty.join(', ');
			}""";

	private EmptyLists() {
	}

	/** The page's empty tables and lists, if it has any. */
	static Optional<String> in(Page page) {
		return Optional.ofNullable((String) page.evaluate(EMPTY));
	}

}
