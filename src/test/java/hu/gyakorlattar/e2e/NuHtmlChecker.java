package hu.gyakorlattar.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.fail;

/**
 * The Nu HTML checker (the W3C's validator, {@code nu.validator:validator}) run
 * in-process on a page's HTML, so every page a test looks at is valid HTML as well as
 * accessible: no duplicate ids, no attributes HTML does not define (htmx's must be
 * {@code data-hx-*}), no misnested elements. Errors fail; warnings and information do
 * not.
 *
 * <p>
 * Setting the checker up reads and compiles the whole HTML schema, seconds of work, so
 * one checker serves the whole JVM; it checks one document at a time.
 *
 * <p>
 * The checker needs the Jetty 11 HTTP client, which must not be on the test class path
 * (Spring's {@code RestClient} would then choose Jetty over the JDK's client the
 * application uses in production). So the checker's own classes and that client are
 * loaded in a class loader of their own, child first, from its jar and from
 * {@code target/nu-validator-jetty} (copied there by the build); everything else it needs
 * comes from the test class path. Hence the reflection.
 */
public final class NuHtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	/**
	 * Errors that are the checker's limits, not the page's. Each entry says why; keep it
	 * short, and never add a defect of the page here.
	 */
	private static final List<Pattern> CHECKER_LIMITS = List.of();

	private static final Collector collector = new Collector();

	private static final Path JETTY = Path.of("target", "nu-validator-jetty");

	private static final String VALIDATOR = "nu.validator.validation.SimpleDocumentValidator";

	private static Object validator;

	private static Method checkHtml;

	private static ClassLoader loader;

	private NuHtmlChecker() {
	}

	/**
	 * Fails with every error the checker finds in the document, each with its line,
	 * column and the source around it.
	 * @param html the document as the browser received it (or its DOM, serialized)
	 * @param where what the document is, for the message (its URL)
	 */
	public static void assertValid(String html, String where) {
		List<String> errors = errors(html);
		if (!errors.isEmpty()) {
			fail("The Nu HTML checker found " + errors.size() + " error(s) on " + where + ":\n"
					+ String.join("\n", errors));
		}
	}

	/** The checker's errors in the document, less the known limits of the checker. */
	public static synchronized List<String> errors(String html) {
		Object checker = validator();
		collector.start(html);
		try {
			inCheckerLoader(() -> checkHtml.invoke(checker, new InputSource(new StringReader(html))));
		}
		catch (SAXParseException ex) {
			collector.record(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML checker could not check the document", ex);
		}
		return collector.errors();
	}

	private static Object validator() {
		if (validator == null) {
			try {
				loader = new CheckerClassLoader(checkerJars(), NuHtmlChecker.class.getClassLoader());
				Class<?> type = Class.forName(VALIDATOR, true, loader);
				// Log4j set up by the checker itself, no logged URLs, no language
				// detection: the pages declare their language and a guess is only a
				// warning.
				Object checker = type.getConstructor(boolean.class, boolean.class, boolean.class)
					.newInstance(true, false, false);
				inCheckerLoader(() -> {
					type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
						.invoke(checker, HTML_SCHEMA, collector);
					return type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
						.invoke(checker, collector, false, false);
				});
				checkHtml = type.getMethod("checkHtmlInputSource", InputSource.class);
				validator = checker;
			}
			catch (Exception ex) {
				throw new IllegalStateException("The Nu HTML checker could not be set up", ex);
			}
		}
		return validator;
	}

	/** Runs a reflective call as the checker's own code, unwrapping what it throws. */
	private static Object inCheckerLoader(Call call) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			return call.run();
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw ex;
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** The checker's jar (on the test class path) and the Jetty 11 client's jars. */
	private static URL[] checkerJars() throws IOException {
		URL validatorClass = NuHtmlChecker.class.getClassLoader().getResource(VALIDATOR.replace('.', '/') + ".class");
		if (validatorClass == null) {
			throw new IllegalStateException("nu.validator:validator is not on the test class path");
		}
		URL validatorJar = ((JarURLConnection) validatorClass.openConnection()).getJarFileURL();
		if (!Files.isDirectory(JETTY)) {
			throw new IllegalStateException(JETTY + " is missing: build with Maven (generate-test-resources)");
		}
		try (Stream<Path> jars = Files.list(JETTY)) {
			return Stream
				.concat(Stream.of(validatorJar), jars.filter((jar) -> jar.toString().endsWith(".jar")).map((jar) -> {
					try {
						return jar.toUri().toURL();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}))
				.toArray(URL[]::new);
		}
	}

	@FunctionalInterface
	private interface Call {

		Object run() throws Exception;

	}

	/**
	 * Loads a class from the checker's own jars first, so that the checker and its Jetty
	 * client see each other; the JDK's and all other classes come from the parent.
	 */
	private static final class CheckerClassLoader extends URLClassLoader {

		CheckerClassLoader(URL[] urls, ClassLoader parent) {
			super("nu-html-checker", urls, parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("org.xml.sax.")
					|| name.startsWith("org.w3c.")) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> type = findLoadedClass(name);
				if (type == null) {
					try {
						type = findClass(name);
					}
					catch (ClassNotFoundException ex) {
						return super.loadClass(name, resolve);
					}
				}
				if (resolve) {
					resolveClass(type);
				}
				return type;
			}
		}

	}

	/** Collects the errors of the document being checked. */
	private static final class Collector implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		private List<String> lines = List.of();

		void start(String html) {
			this.errors.clear();
			this.lines = html.lines().toList();
		}

		List<String> errors() {
			return List.copyOf(this.errors);
		}

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			record(exception);
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			record(exception);
		}

		void record(SAXParseException exception) {
			String message = exception.getMessage();
			if (CHECKER_LIMITS.stream().anyMatch((limit) -> limit.matcher(message).find())) {
				return;
			}
			this.errors.add("- " + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + message
					+ around(exception.getLineNumber(), exception.getColumnNumber()));
		}

		private String around(int line, int column) {
			if (line < 1 || line > this.lines.size()) {
				return "";
			}
			String text = this.lines.get(line - 1);
			int end = Math.min(text.length(), Math.max(column, 1));
			int start = Math.max(0, end - 120);
			return "\n    at: " + text.substring(start, end).strip();
		}

	}

}
