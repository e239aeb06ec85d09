package hu.gyakorlattar.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The tests' one Chromium (Debian's {@code /usr/bin/chromium-headless-shell}, driven by
 * Playwright), launched when a test first needs it and kept for the rest of the test JVM:
 * launching it cost about a second for each of the two dozen classes that open pages, and
 * a fresh browser context per test already keeps the tests apart. The headless shell is
 * Chromium's own engine (Blink, V8) without the desktop browser around it, what
 * Playwright itself runs headless: in five browser classes it used 27 s of CPU where the
 * full browser used 49 s, and the classes took a quarter less time. Playwright's driver
 * ends, and the browser with it, when the JVM's end closes its pipe. Nothing is
 * downloaded: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} stops Playwright fetching its
 * own browser.
 */
public final class Chromium {

	private static final Path HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");

	/** The headless shell, or the whole browser on a machine that has only that. */
	public static final Path EXECUTABLE = Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL
			: Path.of("/usr/bin/chromium");

	private static Browser browser;

	private Chromium() {
	}

	public static synchronized Browser browser() {
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		}
		return browser;
	}

}
