package hu.gyakorlattar.submission;

import java.util.Locale;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInputs;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * Saves a draft while the applicant types (the form's script posts it a few seconds after
 * the last keystroke), so that a closed browser loses nothing. It saves exactly as the
 * "Mentés" button does (but leaves the partner municipalities as they were saved), and
 * never over someone else's newer save: then it stops and asks for a save by hand, which
 * shows both texts. Without JavaScript the button is all there is.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class DraftAutosave {

	private final SubmissionManagement submissions;

	private final MessageSource messages;

	private final HungarianFormats formats;

	private final Authors authors;

	DraftAutosave(SubmissionManagement submissions, MessageSource messages, HungarianFormats formats, Authors authors) {
		this.submissions = submissions;
		this.authors = authors;
		this.messages = messages;
		this.formats = formats;
	}

	@PostMapping("/fiok/palyazatok/{applicationId}/vazlat")
	ResponseEntity<Answer> autosave(Authentication authentication, @PathVariable long applicationId,
			@ModelAttribute("applicationForm") ApplicationForm form, BindingResult result, Locale locale) {
		String email = Applicants.applicant(authentication);
		SubmissionView current = this.submissions.forApplicant(email, applicationId);
		if (current.submitted()) {
			return answer(HttpStatus.CONFLICT, null, "submission.readOnly", locale);
		}
		// A partner's name is saved by hand only: half typed, it would refuse the texts
		// too.
		form.setPartners(ApplicationForm.of(current).getPartners());
		if (result.hasErrors()) {
			return answer(HttpStatus.UNPROCESSABLE_CONTENT, null, "submission.autosave.invalid", locale);
		}
		try {
			SubmissionManagement.SaveOutcome outcome = this.submissions.save(email, applicationId, form);
			if (!outcome.saved()) {
				return answer(HttpStatus.CONFLICT, null, "submission.autosave.conflict", locale,
						this.authors.name(outcome.current().updatedBy()));
			}
			SubmissionView saved = outcome.current();
			return answer(HttpStatus.OK, saved.version(), "submission.autosave.saved", locale,
					this.formats.dateTime(saved.updatedAt()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return answer(HttpStatus.CONFLICT, null, "submission.autosave.conflict", locale, "");
		}
		catch (InvalidInputs ex) {
			return answer(HttpStatus.UNPROCESSABLE_CONTENT, null, "submission.autosave.invalid", locale);
		}
	}

	private ResponseEntity<Answer> answer(HttpStatus status, Long version, String key, Locale locale,
			Object... arguments) {
		return ResponseEntity.status(status)
			.body(new Answer(version != null, version, this.messages.getMessage(key, arguments, locale)));
	}

	/**
	 * What the script needs: whether it was saved, the version to send next, and the
	 * sentence for the page's status line.
	 */
	record Answer(boolean saved, @Nullable Long version, String message) {

	}

}
