package hu.gyakorlattar.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The tests' Chromium (Debian's {@code /usr/bin/chromium-headless-shell}, driven by
 * Playwright), one per thread that runs test classes, launched when a class on it first
 * needs one and kept for the rest of the test JVM: launching it cost about a second for
 * each of the two dozen classes that open pages, and a fresh browser context per test
 * already keeps the tests apart. One per thread because Playwright's objects may be used
 * only on the thread that made them, and the test JVM runs classes side by side. The
 * headless shell is Chromium's own engine (Blink, V8) without the desktop browser around
 * it, what Playwright itself runs headless: in five browser classes it used 27 s of CPU
 * where the full browser used 49 s, and the classes took a quarter less time.
 * Playwright's driver ends, and the browser with it, when the JVM's end closes its pipe.
 * Nothing is downloaded: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} stops Playwright
 * fetching its own browser.
 */
public final class Chromium {

	private static final Path HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");

	/** The headless shell, or the whole browser on a machine that has only that. */
	public static final Path EXECUTABLE = Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL
			: Path.of("/usr/bin/chromium");

	private static final ThreadLocal<Browser> BROWSER = ThreadLocal.withInitial(Chromium::launch);

	private Chromium() {
	}

	/** This thread's browser. */
	public static Browser browser() {
		return BROWSER.get();
	}

	private static Browser launch() {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

}
