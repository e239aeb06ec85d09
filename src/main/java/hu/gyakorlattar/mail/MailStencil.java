package hu.gyakorlattar.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * One mail's templates rendered with a marker in place of each personal value (see
 * {@link OutgoingMail#withPersonal}), into which each recipient's values are written. The
 * marker carries an ampersand and an apostrophe, so the form in which it comes out tells
 * how the template wrote the value there: as it is (the plain-text part, unescaped text),
 * escaped as HTML text (both escaped), or as an HTML attribute (the apostrophe kept), and
 * each value is written the same way.
 */
final class MailStencil {

	private static final char OPEN = '\uE000';

	private static final char CLOSE = '\uE001';

	private final Part html;

	private final Part text;

	private MailStencil(Part html, Part text) {
		this.html = html;
		this.text = text;
	}

	/**
	 * What the model holds in place of the value in this slot while the stencil renders.
	 */
	static String marker(int slot) {
		return OPEN + Integer.toString(slot) + Writing.AS_IT_IS.form + CLOSE;
	}

	/**
	 * The stencil of the two parts rendered with markers; empty when a marker came out in
	 * a form it cannot say how to write.
	 */
	static Optional<MailStencil> of(String html, String text) {
		return Part.of(html).flatMap((h) -> Part.of(text).map((t) -> new MailStencil(h, t)));
	}

	String html(String[] values) {
		return this.html.with(values);
	}

	String text(String[] values) {
		return this.text.with(values);
	}

	private enum Writing {

		AS_IT_IS("&'"), HTML_TEXT("&amp;&#39;"), HTML_ATTRIBUTE("&amp;'");

		private final String form;

		Writing(String form) {
			this.form = form;
		}

		String write(String value) {
			return switch (this) {
				case AS_IT_IS -> value;
				case HTML_TEXT -> HtmlEscape.escapeHtml(value, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
						HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
				case HTML_ATTRIBUTE ->
					HtmlEscape.escapeHtml(value, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
							HtmlEscapeLevel.LEVEL_0_ONLY_MARKUP_SIGNIFICANT_EXCEPT_APOS);
			};
		}

		static Optional<Writing> of(String form) {
			for (Writing writing : values()) {
				if (writing.form.equals(form)) {
					return Optional.of(writing);
				}
			}
			return Optional.empty();
		}

	}

	/** The literal text around the markers, and which value each marker takes, how. */
	private record Part(List<String> literals, int[] slots, Writing[] writings, int length) {

		static Optional<Part> of(String rendered) {
			List<String> literals = new ArrayList<>();
			List<Integer> slots = new ArrayList<>();
			List<Writing> writings = new ArrayList<>();
			int from = 0;
			for (int open = rendered.indexOf(OPEN); open >= 0; open = rendered.indexOf(OPEN, from)) {
				int close = rendered.indexOf(CLOSE, open);
				int digits = open + 1;
				while (digits < rendered.length() && Character.isDigit(rendered.charAt(digits))) {
					digits++;
				}
				if (close < 0 || digits == open + 1) {
					return Optional.empty();
				}
				Optional<Writing> writing = Writing.of(rendered.substring(digits, close));
				if (writing.isEmpty()) {
					return Optional.empty();
				}
				literals.add(rendered.substring(from, open));
				slots.add(Integer.parseInt(rendered.substring(open + 1, digits)));
				writings.add(writing.get());
				from = close + 1;
			}
			literals.add(rendered.substring(from));
			return Optional.of(new Part(List.copyOf(literals), slots.stream().mapToInt(Integer::intValue).toArray(),
					writings.toArray(Writing[]::new), rendered.length()));
		}

		String with(String[] values) {
			StringBuilder written = new StringBuilder(this.length + 64 * this.slots.length);
			written.append(this.literals.get(0));
			for (int i = 0; i < this.slots.length; i++) {
				written.append(this.writings[i].write(values[this.slots[i]])).append(this.literals.get(i + 1));
			}
			return written.toString();
		}

	}

}
