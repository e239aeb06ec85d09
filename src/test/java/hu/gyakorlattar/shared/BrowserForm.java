package hu.gyakorlattar.shared;

import java.net.URI;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A form of a rendered page read and submitted the way a browser does it (the HTML
 * standard's "constructing the entry list"): every named {@code input}, {@code select}
 * and {@code textarea} that is not disabled, checkboxes and radio buttons only when
 * checked, no button (the test submits without naming one), a select's selected option or
 * else its first, a file input as an empty file, each input's value first put through its
 * type's value sanitization (an invalid {@code time} or {@code date} becomes empty, as it
 * does in a browser), and line breaks sent as CR LF. The page is read as the HTML parser
 * reads it: CR LF becomes LF and a line break right after {@code <textarea>} is dropped.
 */
public final class BrowserForm {

	private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,3})?)?");

	private static final Pattern DATE = Pattern.compile("[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");

	private static final Pattern MONTH = Pattern.compile("[0-9]{4,}-(0[1-9]|1[0-2])");

	private static final Pattern WEEK = Pattern.compile("[0-9]{4,}-W(0[1-9]|[1-4][0-9]|5[0-3])");

	private static final Pattern NUMBER = Pattern.compile("-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private final Element form;

	private final String action;

	private final HttpMethod method;

	private final boolean multipart;

	private final List<Map.Entry<String, String>> entries = new ArrayList<>();

	private final List<String> files = new ArrayList<>();

	private final Map<String, MockMultipartFile> chosenFiles = new LinkedHashMap<>();

	private final List<String> invalidValues = new ArrayList<>();

	private BrowserForm(Element form, String pageUrl) {
		this.form = form;
		String actionAttribute = form.hasAttr("action") ? form.attr("action") : "";
		URI resolved = URI.create("http://localhost" + pageUrl)
			.resolve(actionAttribute.isEmpty() ? pageUrl : actionAttribute);
		this.action = resolved.getRawPath() + ((resolved.getRawQuery() != null) ? "?" + resolved.getRawQuery() : "");
		this.method = "post".equalsIgnoreCase(form.attr("method")) ? HttpMethod.POST : HttpMethod.GET;
		this.multipart = this.method == HttpMethod.POST
				&& "multipart/form-data".equalsIgnoreCase(form.attr("enctype").strip());
		for (Element control : listedControls()) {
			read(control);
		}
	}

	/** Parses a page as a browser does. */
	public static Document parse(String html) {
		return Jsoup.parse(html.replace("\r\n", "\n").replace('\r', '\n'));
	}

	/**
	 * The form of the page that posts to the given path, e.g. an edit page's form that
	 * posts to the page's own address.
	 */
	public static BrowserForm posting(String html, String pageUrl, String actionPath) {
		Document page = parse(html);
		List<BrowserForm> matching = new ArrayList<>();
		for (Element form : page.select("form")) {
			BrowserForm candidate = new BrowserForm(form, pageUrl);
			if (candidate.method == HttpMethod.POST && candidate.action.equals(actionPath)) {
				matching.add(candidate);
			}
		}
		if (matching.size() != 1) {
			throw new AssertionError(
					"Expected one form posting to " + actionPath + " on " + pageUrl + ", found " + matching.size());
		}
		return matching.get(0);
	}

	/** Where the browser sends the form: its action resolved against the page. */
	public String action() {
		return this.action;
	}

	/** The name/value pairs the browser submits, in the document's order. */
	public List<Map.Entry<String, String>> entries() {
		return List.copyOf(this.entries);
	}

	/** The submitted values by name (several values of a name joined with a comma). */
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		this.entries.forEach((entry) -> values.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "," + b));
		return values;
	}

	/**
	 * Inputs whose value attribute a browser refuses for their type (an
	 * {@code <input type="time" value="9:05">} shows and submits nothing).
	 */
	public List<String> invalidValues() {
		return List.copyOf(this.invalidValues);
	}

	/**
	 * The same form with one field as a user would change it; an absent field is added.
	 */
	public BrowserForm with(String name, String value) {
		boolean replaced = false;
		for (int i = 0; i < this.entries.size(); i++) {
			if (this.entries.get(i).getKey().equals(name)) {
				if (!replaced) {
					this.entries.set(i, Map.entry(name, value));
					replaced = true;
				}
				else {
					this.entries.remove(i--);
				}
			}
		}
		if (!replaced) {
			this.entries.add(Map.entry(name, value));
		}
		return this;
	}

	/** The same form with a file chosen in a file input. */
	public BrowserForm with(MockMultipartFile file) {
		this.chosenFiles.put(file.getName(), file);
		return this;
	}

	/** The same form without any value of the field (a checkbox unticked). */
	public BrowserForm without(String name) {
		this.entries.removeIf((entry) -> entry.getKey().equals(name));
		return this;
	}

	/**
	 * The request the browser sends when the form is submitted; the caller adds the
	 * signed-in user and the CSRF token. Line breaks go as CR LF, as browsers send them.
	 */
	public AbstractMockHttpServletRequestBuilder<?> submission() {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (this.multipart) {
			MockMultipartHttpServletRequestBuilder upload = multipart(URI.create(this.action));
			this.files.forEach(
					(name) -> upload.file(new MockMultipartFile(name, "", "application/octet-stream", new byte[0])));
			request = upload;
		}
		else {
			request = request(this.method, URI.create(this.action));
		}
		for (Map.Entry<String, String> entry : this.entries) {
			request.param(crlf(entry.getKey()), crlf(entry.getValue()));
		}
		return request;
	}

	@Override
	public String toString() {
		return this.method + " " + this.action + " " + values();
	}

	/** The form's listed elements in tree order, including those that name it by id. */
	private List<Element> listedControls() {
		List<Element> controls = new ArrayList<>(this.form.select("input, select, textarea, button"));
		String id = this.form.id();
		if (!id.isEmpty() && this.form.ownerDocument() != null) {
			for (Element outside : this.form.ownerDocument().select("[form]")) {
				if (outside.attr("form").equals(id) && !controls.contains(outside)) {
					controls.add(outside);
				}
			}
		}
		controls.removeIf((control) -> control.hasAttr("form") && !control.attr("form").equals(id));
		return controls;
	}

	private void read(Element control) {
		String name = control.attr("name");
		if (name.isEmpty() || disabled(control) || control.nameIs("button") || inDatalist(control)) {
			return;
		}
		if (control.nameIs("select")) {
			selected(control).forEach((option) -> this.entries.add(Map.entry(name, optionValue(option))));
			return;
		}
		if (control.nameIs("textarea")) {
			String text = control.wholeText();
			this.entries.add(Map.entry(name, text.startsWith("\n") ? text.substring(1) : text));
			return;
		}
		String type = control.attr("type").strip().toLowerCase(Locale.ROOT);
		switch (type) {
			case "submit", "reset", "button", "image" -> {
			}
			case "checkbox", "radio" -> {
				if (control.hasAttr("checked")) {
					this.entries.add(Map.entry(name, control.hasAttr("value") ? control.attr("value") : "on"));
				}
			}
			case "file" -> {
				if (this.multipart) {
					this.files.add(name);
				}
				else {
					this.entries.add(Map.entry(name, ""));
				}
			}
			default -> this.entries.add(Map.entry(name, sanitized(name, type, control.attr("value"))));
		}
	}

	/** The value sanitization algorithm of the input's type. */
	private String sanitized(String name, String type, String value) {
		String sanitized = switch (type) {
			case "hidden" -> value;
			case "url", "email" -> value.replaceAll("[\r\n]", "").strip();
			case "number" -> NUMBER.matcher(value).matches() ? value : "";
			case "date" -> validDate(value) ? value : "";
			case "time" -> TIME.matcher(value).matches() ? value : "";
			case "datetime-local" -> validDateTimeLocal(value) ? value.replace(' ', 'T') : "";
			case "month" -> MONTH.matcher(value).matches() ? value : "";
			case "week" -> WEEK.matcher(value).matches() ? value : "";
			case "color" -> COLOR.matcher(value).matches() ? value.toLowerCase(Locale.ROOT) : "#000000";
			default -> value.replaceAll("[\r\n]", "");
		};
		if (!value.isEmpty() && !sanitized.equals(value) && !"url".equals(type) && !"email".equals(type)) {
			this.invalidValues.add(name + ": <input type=\"" + type + "\" value=\"" + value + "\"> is not a valid "
					+ type + " value, a browser shows and submits \"" + sanitized + "\"");
		}
		return sanitized;
	}

	private static boolean validDate(String value) {
		if (!DATE.matcher(value).matches()) {
			return false;
		}
		String[] parts = value.split("-");
		try {
			long year = Long.parseLong(parts[0]);
			int month = Integer.parseInt(parts[1]);
			int day = Integer.parseInt(parts[2]);
			return year > 0 && day <= YearMonth.of(Year.isLeap(year) ? 2000 : 2001, month).lengthOfMonth();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean validDateTimeLocal(String value) {
		int separator = Math.max(value.indexOf('T'), value.indexOf(' '));
		return separator > 0 && validDate(value.substring(0, separator))
				&& TIME.matcher(value.substring(separator + 1)).matches();
	}

	private static List<Element> selected(Element select) {
		Elements options = select.select("option");
		boolean multiple = select.hasAttr("multiple");
		List<Element> chosen = new ArrayList<>();
		for (Element option : options) {
			if (option.hasAttr("selected")) {
				if (!multiple) {
					chosen.clear();
				}
				chosen.add(option);
			}
		}
		if (chosen.isEmpty() && !multiple && !select.hasAttr("size")) {
			options.stream().filter((option) -> !disabled(option)).findFirst().ifPresent(chosen::add);
		}
		chosen.removeIf(BrowserForm::disabled);
		return chosen;
	}

	private static String optionValue(Element option) {
		return option.hasAttr("value") ? option.attr("value") : option.text().strip().replaceAll("\\s+", " ");
	}

	private static boolean disabled(Element element) {
		if (element.hasAttr("disabled")) {
			return true;
		}
		for (Element ancestor : element.parents()) {
			if ((ancestor.nameIs("fieldset") || ancestor.nameIs("optgroup")) && ancestor.hasAttr("disabled")) {
				Element legend = ancestor.nameIs("fieldset") ? ancestor.selectFirst("> legend") : null;
				if (legend == null || !element.parents().contains(legend)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean inDatalist(Element element) {
		return element.parents().stream().anyMatch((ancestor) -> ancestor.nameIs("datalist"));
	}

	private static String crlf(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
	}

}
