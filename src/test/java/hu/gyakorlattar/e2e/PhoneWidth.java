package hu.gyakorlattar.e2e;

import java.util.Optional;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;

/**
 * Whether a page fits a phone's screen, 375 CSS pixels wide (an iPhone's, the narrowest
 * common one): a table or a long word wider than that makes the whole page scroll
 * sideways, and every line of it then has to be read by panning (WCAG 1.4.10, reflow).
 * What scrolls inside a box of its own (a wide table in a {@code .table-scroll} region)
 * is fine.
 */
final class PhoneWidth {

	static final int WIDTH = 375;

	/**
	 * The elements that stick out, innermost first, each with where its right edge is,
	 * and the page's width; computed in the page, shown at the phone's width and then as
	 * it was.
	 */
	private static final String STICKING_OUT = """
			() => {
			  const width = document.documentElement.clientWidth;
			  if (document.documentElement.scrollWidth <= width) return null;
			  const scrollsInside = (element) => {
			    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
			      const overflow = getComputedStyle(box).overflowX;
			      if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
			    }
			    return false;
			  };
			  // Its own box, or the text or boxes it lets stick out of it.
			  const right = (element) => Math.max(element.getBoundingClientRect().right,
			      element.getBoundingClientRect().left + element.scrollWidth);
			  const out = (element) => right(element) > width + 1;
			  const named = (element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
			      + (typeof element.className === 'string' && element.className.trim()
			          ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
			  const culprits = [...document.body.querySelectorAll('*')]
			      .filter((element) => out(element) && !scrollsInside(element)
			          && ![...element.children].some((child) => out(child) && !scrollsInside(child)))
			      .slice(0, 5)
			      .map((element) => named(element) + ' to ' + Math.round(right(element)) + ' px');
			  return 'the page is ' + document.documentElement.scrollWidth + ' px wide: ' + culprits.join(', ');
			}""";

	private PhoneWidth() {
	}

	/** What makes the page wider than a phone, if anything does. */
	static Optional<String> tooWide(Page page) {
		ViewportSize shown = page.viewportSize();
		page.setViewportSize(WIDTH, 812);
		try {
			return Optional.ofNullable((String) page.evaluate(STICKING_OUT));
		}
		finally {
			if (shown != null) {
				page.setViewportSize(shown.width, shown.height);
			}
		}
	}

}
