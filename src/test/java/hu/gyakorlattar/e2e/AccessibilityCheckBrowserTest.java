package hu.gyakorlattar.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Browser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The accessibility check can fail: a page with known WCAG violations fails the test and
 * the message says which rules and where, with JavaScript on and off, and so does a page
 * that is not valid HTML. Without this, a silently broken axe run or HTML check would
 * pass every page. A page a click leads to is checked once it has loaded, not half
 * parsed.
 */
class AccessibilityCheckBrowserTest extends BrowserTest {

	private static final String INACCESSIBLE = """
			<!DOCTYPE html>
			<html><head><title>Hibás oldal</title></head>
			<body><main><h1>Hibás oldal</h1><img src="/nincs.png"><a href="/"></a></main></body></html>
			""";

	/**
	 * A page showing a mail (its HTML for %s) as the office's preview does: in a
	 * sandboxed frame.
	 */
	private static final String FRAMED_MAIL = """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Levél előnézete</title></head>
			<body><main><h1>Levél előnézete</h1><iframe sandbox="" title="A levél" srcdoc="%s"></iframe></main></body></html>
			""";

	/** A line longer than a phone's screen is wide, in a box given these attributes. */
	private static final String TOO_WIDE = """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Széles oldal</title>
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<link rel="stylesheet" href="/css/site.css"></head>
			<body><main><h1>Széles oldal</h1><div%s><pre id="hosszu">Név;Település;Vármegye;Jogállás;\
			Lakónépesség;Beosztás;Szervezet;Telefon;E-mail</pre></div></main></body></html>
			""";

	/** A table of themes, with this body. */
	private static final String THEMES = """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Témakörök</title></head>
			<body><main><h1>Témakörök</h1><table><caption>A program témakörei</caption>
			<thead><tr><th scope="col">Név</th></tr></thead><tbody>%s</tbody></table></main></body></html>
			""";

	private static final String INVALID = """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Hibás oldal</title></head>
			<body><main><h1>Hibás oldal</h1><p id="a">Egy</p><p id="a" hx-get="/">Kettő</p></main></body></html>
			""";

	/**
	 * A valid page that arrives in two parts, the second a second later: in between, the
	 * browser holds a choice whose only option has no text yet.
	 */
	private static final String[] ARRIVING = { """
			<!DOCTYPE html>
			<html lang="hu"><head><meta charset="utf-8"><title>Lassú oldal</title></head>
			<body><main><h1>Lassú oldal</h1><label for="v">Választás</label><select id="v"><option value="1">""", """
			Első</option></select></main></body></html>
			""" };

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

	/** As the office's mail preview shows a mail: in a sandboxed frame of the page. */
	@Test
	void aViolationInASandboxedFrameFailsTheTestToo() {
		String framed = FRAMED_MAIL.formatted("<p>Levél</p><img src='/nincs.png'>");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(framed))
			.withMessageContaining("image-alt");
	}

	/** A mail styles itself inline; its colours are judged as the office sees them. */
	@Test
	void aFramedMailsInlineColoursAreJudged() {
		String framed = FRAMED_MAIL.formatted("<!DOCTYPE html><html lang='hu'><head><title>Levél</title></head>"
				+ "<body><p style='color: #dddddd'>Halvány szöveg</p></body></html>");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(framed))
			.withMessageContaining("color-contrast");
	}

	@Test
	void aPageWiderThanAPhoneFailsTheTestNamingWhatSticksOut() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(TOO_WIDE.formatted("")))
			.withMessageContaining("Too wide for a phone (375 px)")
			.withMessageContaining("pre#hosszu to ");
	}

	/** As the site's tables are shown: in a region that scrolls on its own. */
	@Test
	void whatScrollsInABoxOfItsOwnFitsAPhone() {
		openRendered(
				TOO_WIDE.formatted(" class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Hosszú\""));
	}

	@Test
	void aTableWithNoRowsFailsTheTestNamingIt() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(THEMES.formatted("")))
			.withMessageContaining("A table or list with nothing in it")
			.withMessageContaining("\"A program témakörei\"");
	}

	@Test
	void aListWithNoItemsFailsTheTestNamingIt() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> openRendered(THEMES.formatted("<tr><td><ul class=\"actions-list\"></ul></td></tr>")))
			.withMessageContaining("ul.actions-list");
	}

	@Test
	void aTableWithARowPasses() {
		openRendered(THEMES.formatted("<tr><td>Közösségépítés</td></tr>"));
	}

	@Test
	void aPageThatIsNotValidHtmlFailsTheTestWithTheCheckersErrors() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> openRendered(INVALID))
			.withMessageContaining("Nu HTML checker")
			.withMessageContaining("Duplicate ID “a”")
			.withMessageContaining("Attribute “hx-get” not allowed");
	}

	@Test
	void aPageAClickLeadsToIsCheckedWholeNotWhileItIsStillLoading() throws IOException {
		HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		slow.createContext("/lassu", AccessibilityCheckBrowserTest::arriveInTwoParts);
		slow.start();
		try {
			openRendered(
					"""
							<!DOCTYPE html>
							<html lang="hu"><head><meta charset="utf-8"><title>Hivatkozás</title></head>
							<body><main><h1>Hivatkozás</h1><a href="http://127.0.0.1:%d/lassu">Lassú oldal</a></main></body></html>
							"""
						.formatted(slow.getAddress().getPort()));
			this.page.locator("main a").click();

			checkAccessibility();
		}
		finally {
			slow.stop(0);
		}
	}

	private static void arriveInTwoParts(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream body = exchange.getResponseBody()) {
			body.write(ARRIVING[0].getBytes(StandardCharsets.UTF_8));
			body.flush();
			Thread.sleep(1000);
			body.write(ARRIVING[1].getBytes(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
