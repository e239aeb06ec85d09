package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The accessibility check can fail: a page with known WCAG violations fails the test and
 * the message says which rules and where, with JavaScript on and off, and so does a page
 * that is not valid HTML. Without this, a silently broken axe run or HTML check would
 * pass every page.
 */
class AccessibilityCheckBrowserTest extends BrowserTest {

	private static final String INACCESSIBLE = """
			<!DOCTYPE html>
			<html><head><title>Hibás oldal</title></head>
			<body><main><h1>Hibás oldal</h1><img src="/nincs.png"><a href="/"></a></main></body></html>
			""";

	private static final String INVALID = """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Hibás oldal</title></head>
			<body><main><h1>Hibás oldal</h1><p id="a">Egy</p><p id="a" hx-get="/">Kettő</p></main></body></html>
			""";

	@Test
	void aPageWithViolationsFailsTheTestNamingEachRuleAndElement() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(INACCESSIBLE))
			.withMessageContaining("html-has-lang")
			.withMessageContaining("image-alt")
			.withMessageContaining("link-name")
			.withMessageContaining("img");
	}

	@Test
	void aPageWithViolationsFailsTheTestWithJavaScriptOffToo() {
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(INACCESSIBLE))
			.withMessageContaining("image-alt");
	}

	@Test
	void aPageThatIsNotValidHtmlFailsTheTestWithTheCheckersErrors() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(INVALID))
			.withMessageContaining("Nu HTML checker")
			.withMessageContaining("Duplicate ID “a”")
			.withMessageContaining("Attribute “hx-get” not allowed");
	}

}
