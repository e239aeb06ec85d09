package hu.gyakorlattar.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A one-line text (a name, a post, an organisation, a title) holds no control character:
 * no line break, tab or NUL. A line break in a name splits the rows of a CSV export and
 * of the public participant list, and a NUL is refused by PostgreSQL. Multi-line texts
 * (descriptions, letters, questions) do not carry it. {@code null} is valid; the message
 * is {@code SingleLine} in the message bundles.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

	String message() default "{SingleLine}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Refuses any character for which {@link Character#isISOControl(int)} holds. */
	class Validator implements ConstraintValidator<SingleLine, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.codePoints().noneMatch(Character::isISOControl);
		}

	}

}
