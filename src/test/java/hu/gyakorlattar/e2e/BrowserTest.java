package hu.gyakorlattar.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.fail;

/**
 * A user story in a real browser: the application on a random port, Debian's Chromium
 * driven by Playwright (one browser per test JVM, see {@link Chromium}; a fresh context
 * and page per test), and axe-core checking WCAG 2.1 AA on every page a test opens, so no
 * page gets past a browser test with an accessibility violation, nor one too wide for a
 * phone ({@link PhoneWidth}), nor an empty table or list ({@link EmptyLists}); the Nu
 * HTML checker checks the same pages' HTML (see {@link NuHtmlChecker}). MockMvc is there
 * for pages a browser cannot reach yet (see {@link #openRendered}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class BrowserTest {

	/** The one part of a page that differs on every showing: its form's CSRF token. */
	private static final Pattern CSRF_TOKEN = Pattern.compile("(<input[^>]*name=\"_csrf\"[^>]*value=\")[^\"]*");

	/**
	 * The pages that passed both checks in this JVM (see {@link #fingerprint}), so the
	 * same page shown again is not checked again.
	 */
	private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Browser browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	@Autowired
	private ApplicationContext application;

	protected Page page;

	private boolean javaScriptEnabled;

	/** The language the browser reads the site in (see {@link #readIn}). */
	private Locale language = HungarianFormats.HUNGARIAN;

	/**
	 * Where axe checks a copy of a document (see {@link #scripted}); made when first
	 * needed.
	 */
	private BrowserContext scriptedContext;

	private Page scriptedPage;

	/** Other people's browsers in the same test (see {@link #anotherBrowser}). */
	private final List<BrowserContext> others = new java.util.ArrayList<>();

	/**
	 * Keeps what every browser of the test showed when it failed, to look at afterwards:
	 * in a story of two people the page that failed to follow is often not the current
	 * one.
	 */
	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = (extension) -> {
		if (extension.getExecutionException().isEmpty()) {
			return;
		}
		String name = extension.getRequiredTestClass().getSimpleName() + "-"
				+ extension.getRequiredTestMethod().getName();
		List<Page> pages = new java.util.ArrayList<>();
		if (this.context != null) {
			pages.addAll(this.context.pages());
		}
		this.others.forEach((other) -> pages.addAll(other.pages()));
		for (int n = 0; n < pages.size(); n++) {
			Page shown = pages.get(n);
			if (!shown.isClosed()) {
				String suffix = (shown == this.page) ? "" : "-" + (n + 1);
				shown.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + suffix + ".png"))
					.setFullPage(true));
			}
		}
	};

	@BeforeAll
	static void launchBrowser() {
		browser = Chromium.browser();
	}

	@BeforeEach
	void openPage() {
		usePage(new Browser.NewContextOptions());
	}

	@AfterEach
	void closePage() {
		this.others.forEach(BrowserContext::close);
		this.others.clear();
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
		if (this.scriptedContext != null) {
			this.scriptedContext.close();
			this.scriptedContext = null;
			this.scriptedPage = null;
		}
	}

	/**
	 * Starts over in a new browser context with these options (JavaScript off, another
	 * viewport, another language), as a first-time visitor.
	 */
	protected void usePage(Browser.NewContextOptions options) {
		closePage();
		this.javaScriptEnabled = !Boolean.FALSE.equals(options.javaScriptEnabled);
		this.context = Axe.in(browser.newContext(options.setBaseURL(baseUrl())));
		this.context.addCookies(languageCookie());
		this.page = this.context.newPage();
	}

	/**
	 * From now on this test's browsers, the current one and those it starts later, read
	 * the site in this language, as a visitor who chose it (the site's {@code lang}
	 * cookie); the same story then runs in Hungarian and in English.
	 */
	protected void readIn(Locale language) {
		this.language = language;
		this.context.addCookies(languageCookie());
	}

	/**
	 * A text of the message bundles in the language the browser reads, for assertions
	 * that hold in both languages.
	 */
	protected String text(String key, Object... arguments) {
		return this.application.getBean(MessageSource.class).getMessage(key, arguments, this.language);
	}

	/** For a test's own data: "hu" or "en", so that a story's two runs do not meet. */
	protected String language() {
		return this.language.getLanguage();
	}

	private List<Cookie> languageCookie() {
		return List.of(new Cookie("lang", this.language.toLanguageTag()).setUrl(baseUrl()));
	}

	/**
	 * A page in a browser context of its own, as another person using the application at
	 * the same time (a moderator beside a participant); assign it to {@link #page} to
	 * {@link #open} pages in it with the axe check. Closed after the test.
	 */
	protected Page anotherBrowser() {
		BrowserContext other = Axe.in(browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())));
		other.addCookies(languageCookie());
		this.others.add(other);
		return other.newPage();
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Goes to a path of the application, then checks the page with axe and its HTML, as
	 * the application sent it, with the Nu HTML checker.
	 */
	protected Response open(String path) {
		Response response = this.page.navigate(path);
		check(served(response));
		return response;
	}

	/**
	 * Shows HTML the application rendered elsewhere (through MockMvc, e.g. for a page
	 * behind a sign-in the browser cannot do yet) as if the browser had loaded it from
	 * the application, with the site's styles, then checks it with axe and the Nu HTML
	 * checker.
	 */
	protected void openRendered(String html) {
		this.page.navigate("/");
		this.page.setContent(html);
		check(html);
	}

	/**
	 * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on the page as it is now, e.g.
	 * after an interaction, shows it as wide as a phone, looks for empty tables and
	 * lists, and runs the Nu HTML checker on its DOM as HTML, and fails the test with
	 * every violation and error and where it is. axe needs script, so a page without
	 * JavaScript is checked from a copy of its HTML in a scripted page.
	 * <p>
	 * A click on a link or a button returns as soon as the next page starts loading, so
	 * the check first waits for it to load: a page still being parsed has, say, an option
	 * whose text has not arrived yet, which no user ever sees. A page that has loaded
	 * (one changed in place) is checked at once.
	 */
	protected void checkAccessibility() {
		this.page.waitForLoadState();
		check(this.page.content());
	}

	/**
	 * axe on the page as it is now, the Nu HTML checker on this HTML of it; once for a
	 * page the JVM has already seen pass, as the sign-in page before every sign-in.
	 */
	private void check(String html) {
		String page = fingerprint(html);
		if (PASSED.contains(page)) {
			return;
		}
		List<String> problems = new ArrayList<>();
		Page checked = this.javaScriptEnabled ? this.page : scripted(this.page.content());
		List<String> frames = checked.frames()
			.stream()
			.filter((frame) -> frame != checked.mainFrame())
			.map(Frame::content)
			.toList();
		Axe.violations(checked)
			.ifPresent((found) -> problems.add("Accessibility violations on " + this.page.url() + ":\n" + found));
		for (String frame : frames) {
			Axe.violations(scripted(frame))
				.ifPresent((found) -> problems
					.add("Accessibility violations in a frame of " + this.page.url() + ":\n" + found));
		}
		PhoneWidth.tooWide(checked)
			.ifPresent((wide) -> problems
				.add("Too wide for a phone (" + PhoneWidth.WIDTH + " px) on " + this.page.url() + ": " + wide));
		EmptyLists.in(checked)
			.ifPresent(
					(empty) -> problems.add("A table or list with nothing in it on " + this.page.url() + ": " + empty));
		List<String> errors = NuHtmlChecker.errors(html);
		if (!errors.isEmpty()) {
			problems.add("The Nu HTML checker found " + errors.size() + " error(s) on " + this.page.url() + ":\n"
					+ String.join("\n", errors));
		}
		if (!problems.isEmpty()) {
			fail(String.join("\n", problems));
		}
		PASSED.add(page);
	}

	/** Where and how the page is shown (script, viewport) and its HTML, as a digest. */
	private String fingerprint(String html) {
		ViewportSize viewport = this.page.viewportSize();
		String shown = this.page.url().replace(baseUrl(), "") + " " + this.javaScriptEnabled + " "
				+ ((viewport != null) ? viewport.width + "x" + viewport.height : "") + "\n"
				+ CSRF_TOKEN.matcher(html).replaceAll("$1");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(shown.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The HTML the application sent for a page, or the page's DOM when the browser did
	 * not load a document from the server (a navigation within the page).
	 */
	private String served(Response response) {
		if (response != null && String.valueOf(response.headerValue("content-type")).startsWith("text/html")) {
			return response.text();
		}
		return this.page.content();
	}

	/**
	 * An applicant account for the municipality, invited (and so approved) by the office,
	 * that signs in with this password.
	 */
	protected void anApplicantOf(String municipality, String email, String familyName, String givenName,
			String password) {
		String kshCode = this.application.getBean(MunicipalityDirectory.class)
			.search(municipality, 50)
			.stream()
			.filter((found) -> found.name().equals(municipality))
			.findFirst()
			.orElseThrow()
			.kshCode();
		aPerson(Role.APPLICANT, kshCode, email, familyName, givenName, password);
	}

	/**
	 * An account of the role (an applicant's for the municipality of this KSH code),
	 * invited by the office, that signs in with this password.
	 */
	protected void aPerson(Role role, String kshCode, String email, String familyName, String givenName,
			String password) {
		this.application.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> this.application.getBean(AccountManagement.class)
				.invite(new InvitationForm(email, "", familyName, givenName, role, kshCode),
						HungarianFormats.HUNGARIAN));
		signsInWith(email, password);
	}

	/**
	 * The account signs in with this password from now on, as if the person had followed
	 * their invitation (the demo's people have none).
	 */
	protected void signsInWith(String email, String password) {
		this.application.getBean(JdbcTemplate.class)
			.update("update account set password_hash = ? where email = ?",
					this.application.getBean(PasswordEncoder.class).encode(password), email);
	}

	/** Signs in through the login form, as a person would. */
	protected void signInAs(String email, String password) {
		open("/belepes");
		this.page.locator("input[name=username]").fill(email);
		this.page.locator("input[name=password]").fill(password);
		submit(this.page.locator("form button[type=submit]"));
	}

	/**
	 * Clicks a button that posts its form and waits until the page it leads to (after any
	 * redirect) has loaded: when the click returns, the page loaded is still the form's,
	 * and a page opened before the post's answer has been followed may be served before
	 * the post is done, or without the session its answer began.
	 */
	protected void submit(Locator button) {
		this.page.waitForNavigation(button::click);
	}

	/**
	 * A scripted page of the application's origin showing this HTML, for what axe cannot
	 * check where it is: axe runs asynchronously inside the page and never finishes where
	 * script is off, and a sandboxed frame (the office's mail preview) runs no script.
	 */
	private Page scripted(String html) {
		if (this.scriptedPage == null) {
			// Without the application's policy, so that a mail's inline styles apply in
			// the copy as in its frame, and axe judges the colours the office sees.
			this.scriptedContext = Axe
				.in(browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setBypassCSP(true)));
			this.scriptedPage = this.scriptedContext.newPage();
			this.scriptedPage.navigate("/");
		}
		this.scriptedPage.setContent(html);
		return this.scriptedPage;
	}

}
