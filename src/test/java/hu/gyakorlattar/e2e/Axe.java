package hu.gyakorlattar.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * axe-core checking a document for WCAG 2.1 AA in the tests' Chromium. Each browser
 * context runs axe's script in each of its documents as it starts: Chromium compiles it
 * once and reuses the compiled code, where AxeBuilder injected it for every check (about
 * 65 ms) and handled its results (about 55 ms more). axe does not enter frames here; a
 * test checks a frame's document on its own ({@link BrowserTest}).
 */
public final class Axe {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** axe-core's script, as its Playwright integration ships it. */
	private static final String SCRIPT = script();

	/**
	 * Runs the document's axe with these tags, reporting violations only: axe describes
	 * every node that passed a rule unless told that only violations matter, a tenth of a
	 * check's time. Null if the document has no axe.
	 */
	private static final String RUN = """
			async (tags) => window.axe ? JSON.stringify(await axe.run(document, { iframes: false,
				resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } })) : null""";

	private static final ObjectMapper RESULTS = new ObjectMapper();

	private Axe() {
	}

	/** The context, with axe in each of its documents. */
	public static BrowserContext in(BrowserContext context) {
		context.addInitScript(SCRIPT);
		return context;
	}

	/**
	 * axe's violations of WCAG 2.1 AA in the page's document, each with the elements
	 * where it is, if it has any. The page must be of a context {@link #in} which axe is.
	 */
	public static Optional<String> violations(Page page) {
		Object results = page.evaluate(RUN, WCAG_21_AA);
		if (results == null) {
			throw new IllegalStateException("axe is not in " + page.url());
		}
		try {
			List<Rule> violations = RESULTS.readValue((String) results, AxeResults.class).getViolations();
			return violations.isEmpty() ? Optional.empty()
					: Optional.of(violations.stream().map(Axe::describe).collect(Collectors.joining("\n")));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String describe(Rule violation) {
		String nodes = violation.getNodes()
			.stream()
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return "- " + violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at " + nodes;
	}

	private static String script() {
		try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
