package hu.gyakorlattar.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	/**
	 * Tells the refusal on the page the browser is sent to next: above it, marked as a
	 * refusal rather than as news of something done.
	 */
	public void flashTo(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", this.messageKey);
		redirect.addFlashAttribute("flashRefused", true);
	}

	/**
	 * Puts the message next to its field (or above the form when it names none), unless
	 * the field already shows a message: one per field, the first found.
	 */
	public void reportTo(org.springframework.validation.BindingResult result) {
		if (this.field == null) {
			result.reject(this.messageKey, this.arguments, null);
		}
		else if (result.hasFieldErrors(this.field)) {
			return;
		}
		else if (result.getTarget() != null) {
			result.rejectValue(this.field, this.messageKey, this.arguments, null);
		}
		else {
			// The form could not be built (a value Spring could not read), so the value
			// typed is kept by the result alone.
			result.addError(new FieldError(result.getObjectName(), this.field, result.getFieldValue(this.field), false,
					result.resolveMessageCodes(this.messageKey, this.field), this.arguments, null));
		}
	}

}
