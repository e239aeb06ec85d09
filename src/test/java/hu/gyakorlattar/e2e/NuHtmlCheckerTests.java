package hu.gyakorlattar.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The HTML check can fail: invalid markup fails with each error, where it is, and the
 * source around it, while a valid page passes. Without this, a silently broken checker
 * would pass every page.
 */
class NuHtmlCheckerTests {

	private static final String VALID = """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Jó oldal</title></head>
			<body><main><h1>Jó oldal</h1>
			<div id="lista" data-hx-get="/lista" data-hx-trigger="load" data-sse-connect="/frissites"></div>
			</main></body></html>
			""";

	private static final String INVALID = """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Hibás oldal</title></head>
			<body><main><h1>Hibás oldal</h1>
			<label for="title">Cím</label><input id="title" name="title">
			<label for="title">Cím</label><input id="title" name="title2">
			<div hx-get="/lista">Lista</div>
			</main></body></html>
			""";

	@Test
	void aValidPagePasses() {
		assertThat(NuHtmlChecker.errors(VALID)).isEmpty();
	}

	@Test
	void anInvalidPageFailsNamingEachErrorAndWhereItIs() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> NuHtmlChecker.assertValid(INVALID, "/hibas"))
			.withMessageContaining("on /hibas")
			.withMessageContaining("Duplicate ID “title”")
			.withMessageContaining("Attribute “hx-get” not allowed on element “div”")
			.withMessageContaining("6:21:")
			.withMessageContaining("<div hx-get=\"/lista\">");
	}

	@Test
	void aDocumentThatIsNotHtmlAtAllFails() {
		assertThat(NuHtmlChecker.errors("<p>no doctype, no title")).isNotEmpty();
	}

}
