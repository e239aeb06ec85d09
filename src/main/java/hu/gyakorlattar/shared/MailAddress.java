package hu.gyakorlattar.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;

/**
 * An e-mail address a mail can reach: one the standard accepts whose domain has a dot.
 * {@code kovacs.eva@regec} passes {@link Email} alone, and the mail to it bounces after
 * the form has said all is well. Every form asking for an address carries this one rule.
 * {@code null} is valid; the message is {@code MailAddress} in the message bundles.
 */
@Documented
@Email(regexp = "(.+@[^@\\s]+\\.[^@\\s.]+)?")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MailAddress {

	String message() default "{MailAddress}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
