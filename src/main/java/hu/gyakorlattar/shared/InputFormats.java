package hu.gyakorlattar.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * How a form field of a date or time is written into its {@code <input>} and read back. A
 * browser shows and submits only the HTML standard's own strings ({@code 09:05},
 * {@code 2021-06-22}, {@code 2021-06-22T09:05}); any other value, such as the Hungarian
 * "9.05" or "9:05", makes it show an empty field and submit nothing. Pages that merely
 * show a time use {@link HungarianFormats} instead. Reading also accepts seconds (a
 * browser sends them when an input's step is under a minute), a one-digit hour, and the
 * Hungarian "9.05", which people type where a browser offers no time picker.
 */
public final class InputFormats {

	private InputFormats() {
	}

	/** An {@code <input type="time">}: written {@code HH:mm}. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER })
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "HH:mm:ss", "H:mm", "H.mm" })
	public @interface Time {

	}

	/** An {@code <input type="date">}: written {@code yyyy-MM-dd}. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER })
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	public @interface Date {

	}

	/** An {@code <input type="datetime-local">}: written {@code yyyy-MM-dd'T'HH:mm}. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER })
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	public @interface DateTimeLocal {

	}

}
