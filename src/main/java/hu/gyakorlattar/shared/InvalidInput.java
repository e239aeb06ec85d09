package hu.gyakorlattar.shared;

import org.jspecify.annotations.Nullable;

/**
 * A module refuses input that passed the form's own checks but breaks a rule of the
 * domain (a year that already exists, a file that is not a gazetteer). It names the field
 * and the message key, so the page can show the message next to that field.
 */
public class InvalidInput extends RuntimeException {

	private final @Nullable String field;

	private final String messageKey;

	private final Object[] arguments;

	public InvalidInput(@Nullable String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public @Nullable String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

	/** Puts the message next to its field (or above the form when it names none). */
	public void reportTo(org.springframework.validation.BindingResult result) {
		if (this.field == null) {
			result.reject(this.messageKey, this.arguments, null);
		}
		else {
			result.rejectValue(this.field, this.messageKey, this.arguments, null);
		}
	}

}
