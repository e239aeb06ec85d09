package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The accessibility check can fail: a page with known WCAG violations fails the test and
 * the message says which rules and where, with JavaScript on and off. Without this, a
 * silently broken axe run would pass every page.
 */
class AccessibilityCheckBrowserTest extends BrowserTest {

	private static final String INACCESSIBLE = """
			<!DOCTYPE html>
			<html><head><title>Hibás oldal</title></head>
			<body><main><h1>Hibás oldal</h1><img src="/nincs.png"><a href="/"></a></main></body></html>
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

}
