package hu.gyakorlattar.registration;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.MailAddress;
import hu.gyakorlattar.shared.SingleLine;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registering through the API: the same rules as the form, and the same answer whether or
 * not the address registered before, so the API tells no one who registered.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Registrations", description = "Registering for the programme's online conferences")
class RegistrationApi {

	private final Registering registering;

	private final RegistrationRateLimit rateLimit;

	private final RegistrationCapacity capacity;

	private final MessageSource messages;

	RegistrationApi(Registering registering, RegistrationRateLimit rateLimit, RegistrationCapacity capacity,
			MessageSource messages) {
		this.registering = registering;
		this.rateLimit = rateLimit;
		this.capacity = capacity;
		this.messages = messages;
	}

	@PostMapping(path = "/api/conferences/{id}/registrations", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Register for a conference",
			description = "Accepts a registration and sends the registrant a mail with the link to confirm it "
					+ "(double opt-in). The answer is the same whether or not the address registered before; "
					+ "the mail tells its owner what applies. Either municipalityKshCode or organisation is needed.")
	@ApiResponse(responseCode = "202", description = "Accepted: the registrant should check their mailbox")
	@ApiResponse(responseCode = "400",
			description = "Invalid input, or registration is not open; the problem detail's errors name each field",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No published conference has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many registrations from this address or for this e-mail",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503",
			description = "Too many registrations arrive at once, or the database cannot be reached: nothing was "
					+ "stored; send it again after Retry-After seconds",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> register(@Parameter(description = "The conference's id") @PathVariable long id,
			@Valid @RequestBody RegistrationRequest body, Locale locale, HttpServletRequest request) {
		return this.capacity.register(() -> registerNow(id, body, locale, request));
	}

	private ResponseEntity<?> registerNow(long id, RegistrationRequest body, Locale locale,
			HttpServletRequest request) {
		if (!this.rateLimit.admits(request.getRemoteAddr(), body.email())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					this.messages.getMessage("registration.api.tooMany", null, locale));
			problem.setTitle(this.messages.getMessage("error.429", null, locale));
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(problem);
		}
		this.registering.register(id, body.toForm(), locale);
		return ResponseEntity.accepted()
			.body(new Accepted("accepted", this.messages.getMessage("registration.sent.help", null, locale)));
	}

	/** The registration as the API takes it. */
	record RegistrationRequest(
			@Schema(description = "Title before the name, used in the salutation of the mails", example = "dr.",
					maxLength = 40) @Size(max = 40) @Pattern(regexp = "[^<>]*") @SingleLine String prefix,
			@Schema(example = "Kovács", maxLength = 100) @NotBlank @Size(max = 100) @Pattern(
					regexp = "[^<>]*") @SingleLine String familyName,
			@Schema(example = "Anna", maxLength = 100) @NotBlank @Size(max = 100) @Pattern(
					regexp = "[^<>]*") @SingleLine String givenName,
			@Schema(example = "kovacs.anna@example.hu") @NotBlank @Size(max = 254) @MailAddress String email,
			@Schema(example = "jegyző", maxLength = 200) @NotBlank @Size(max = 200) @SingleLine String post,
			@Schema(description = "5-digit KSH code of the registrant's municipality (see /api/municipalities)",
					example = "13094") @Size(max = 5) String municipalityKshCode,
			@Schema(description = "For guests who do not come from a municipality",
					maxLength = 200) @Size(max = 200) @SingleLine String organisation,
			@Schema(example = "+36 30 123 4567",
					maxLength = 40) @Size(max = 40) @Pattern(regexp = "[0-9 +()/.-]*") String phone,
			@Schema(description = "A question for the speakers", maxLength = 500) @Size(max = 500) String question,
			@Schema(description = "The registrant read the privacy notice (/adatkezeles); must be true") @AssertTrue Boolean privacyNoticeAccepted,
			@Schema(description = "May appear on the public participant list") Boolean listConsent,
			@Schema(description = "May be contacted about follow-ups") Boolean followUpConsent) {

		/** Left out means no. */
		RegistrationRequest {
			privacyNoticeAccepted = Boolean.TRUE.equals(privacyNoticeAccepted);
			listConsent = Boolean.TRUE.equals(listConsent);
			followUpConsent = Boolean.TRUE.equals(followUpConsent);
		}

		RegistrationForm toForm() {
			return new RegistrationForm(this.prefix, this.familyName, this.givenName, this.email, this.post,
					this.municipalityKshCode, this.organisation, this.phone, this.question, this.privacyNoticeAccepted,
					this.listConsent, this.followUpConsent, null);
		}

	}

	/** The one answer to every accepted registration. */
	record Accepted(@Schema(example = "accepted") String status, String message) {

	}

}
