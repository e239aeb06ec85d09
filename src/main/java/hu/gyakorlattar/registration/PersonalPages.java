package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import hu.gyakorlattar.conference.ConferenceCalendar;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * A registrant's own pages, reached from the links in their mails (no password): the
 * personal page with the agenda, confirming, editing, cancelling, the calendar entry, and
 * the personal join link. An unknown or expired link gets a friendly page.
 */
@Controller
@PreAuthorize("permitAll()")
class PersonalPages {

	/** A meeting address that may go into a header as it is. */
	private static final Pattern SAFE_URL = Pattern.compile("https?://[!-~]+");

	/** The site's language choice: its cookie and its parameter. */
	private static final String LANGUAGE = "lang";

	private final RegistrantPage page;

	private final ConfirmingAndCancelling places;

	private final PersonalData personalData;

	private final MunicipalityChoice municipalities;

	private final Joining joining;

	private final AttendanceCertificates certificates;

	private final RegistrationMails mails;

	private final RegistrationProperties properties;

	private final Clock clock;

	private final LocaleResolver languages;

	PersonalPages(RegistrantPage page, ConfirmingAndCancelling places, PersonalData personalData,
			MunicipalityChoice municipalities, Joining joining, AttendanceCertificates certificates,
			RegistrationMails mails, RegistrationProperties properties, Clock clock, LocaleResolver languages) {
		this.page = page;
		this.places = places;
		this.personalData = personalData;
		this.municipalities = municipalities;
		this.joining = joining;
		this.certificates = certificates;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
		this.languages = languages;
	}

	@GetMapping("/regisztraciom/{token}")
	String personal(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		RegistrantPage.PersonalView view = this.page.personal(token);
		inTheirLanguage(view.registration(), request, response);
		Instant now = this.clock.instant();
		Instant linkAt = this.properties.linkSendAt(view.conference());
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("now", now);
		// The same words about the join link as the mails made at this moment.
		model.addAttribute("linkAt", linkAt);
		model.addAttribute("linkTiming", LinkTiming.of(view.conference(), linkAt, now).name());
		if (view.registration().status() == RegistrationStatus.ATTENDED) {
			this.mails.surveyPath(view.conference().id(), token)
				.ifPresent((path) -> model.addAttribute("surveyPath", path));
		}
		return "registration/personal";
	}

	/**
	 * A registrant who has not chosen the site's language reads their page in the one
	 * they registered in, as their mails are written: the link in an English mail opens
	 * in English, and the site stays in English for them.
	 */
	private void inTheirLanguage(RegistrationRow registration, HttpServletRequest request,
			HttpServletResponse response) {
		if (WebUtils.getCookie(request, LANGUAGE) == null && request.getParameter(LANGUAGE) == null) {
			this.languages.setLocale(request, response, Locale.forLanguageTag(registration.locale()));
		}
	}

	@PostMapping("/regisztraciom/{token}/megerosites")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		try {
			RegistrationStatus status = this.places.confirm(token);
			redirect.addFlashAttribute("flashKey", "registration.confirmed." + status.name());
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/regisztraciom/" + token;
	}

	@GetMapping("/regisztraciom/{token}/adatok")
	String details(@PathVariable String token, Model model) {
		model.addAttribute("detailsForm", this.personalData.detailsForm(token));
		return detailsPage(token, model);
	}

	@PostMapping("/regisztraciom/{token}/adatok")
	String describe(@PathVariable String token, @Valid @ModelAttribute DetailsForm detailsForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.personalData.describe(token, detailsForm);
				redirect.addFlashAttribute("flashKey", "registration.details.saved");
				return "redirect:/regisztraciom/" + token;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		if (result.hasFieldErrors("municipality")) {
			model.addAttribute("suggestions", this.municipalities.matching(detailsForm.municipality()));
		}
		return detailsPage(token, model);
	}

	private String detailsPage(String token, Model model) {
		model.addAttribute("view", this.page.personal(token));
		model.addAttribute("token", token);
		return "registration/details";
	}

	@GetMapping("/regisztraciom/{token}/lemondas")
	String cancelPage(@PathVariable String token, Model model) {
		model.addAttribute("view", this.page.personal(token));
		model.addAttribute("token", token);
		return "registration/cancel";
	}

	@PostMapping("/regisztraciom/{token}/lemondas")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		this.places.cancel(token);
		redirect.addFlashAttribute("flashKey", "registration.cancel.done");
		return "redirect:/regisztraciom/" + token;
	}

	/** Downloads what the registration holds about the person, as JSON. */
	@GetMapping(path = "/regisztraciom/{token}/adataim.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> personalData(@PathVariable String token) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gyakorlattar-regisztracio.json\"")
			.body(this.personalData.personalData(token));
	}

	@GetMapping("/regisztraciom/{token}/torles")
	String erasePage(@PathVariable String token, Model model) {
		model.addAttribute("view", this.page.personal(token));
		model.addAttribute("token", token);
		return "registration/erase";
	}

	@PostMapping("/regisztraciom/{token}/torles")
	String erase(@PathVariable String token, RedirectAttributes redirect) {
		this.personalData.erase(token);
		redirect.addFlashAttribute("flashKey", "registration.erase.done");
		return "redirect:/";
	}

	@GetMapping("/regisztraciom/{token}/naptar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String token) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ConferenceCalendar.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("konferencia.ics").build().toString())
			.body(this.page.calendar(token));
	}

	/** The attendance certificate, for those who joined, once the conference is over. */
	@GetMapping("/regisztraciom/{token}/igazolas.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String token, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("reszveteli-igazolas.pdf").build().toString())
			.body(this.certificates.forRegistrant(token, locale));
	}

	/**
	 * The personal join link. Opening it records nothing, since link previews and mail
	 * scanners open links too: inside the join window it shows the button that enters (a
	 * POST), before it a countdown, after it the archive.
	 */
	@GetMapping("/j/{token}")
	ModelAndView joinPage(@PathVariable String token, Model model) {
		return joinView(this.joining.joinPage(token), token, model);
	}

	/**
	 * The registrant pressed the button: inside the join window this is recorded as
	 * attendance and the browser goes on to the meeting; outside it, the page tells why
	 * not. Not a redirect: the pages' Content-Security-Policy
	 * ({@code form-action 'self'}) makes browsers refuse a form submission that redirects
	 * to another site, so the answer is a page that refreshes to the meeting at once (a
	 * navigation of its own), with the link to click should it not.
	 */
	@PostMapping("/j/{token}")
	ModelAndView enter(@PathVariable String token, Model model, HttpServletResponse response) {
		Joining.Join join = this.joining.enter(token);
		if (join.outcome() == Joining.Join.Outcome.ENTER && SAFE_URL.matcher(join.entrance()).matches()) {
			response.setHeader("Refresh", "0; url=" + join.entrance());
		}
		return joinView(join, token, model);
	}

	private ModelAndView joinView(Joining.Join join, String token, Model model) {
		Duration left = Duration.between(this.clock.instant(), join.conference().techHelpFrom());
		model.addAttribute("join", join);
		model.addAttribute("token", token);
		model.addAttribute("daysLeft", Math.max(0, left.toDays()));
		model.addAttribute("hoursLeft", Math.max(0, left.toHoursPart()));
		model.addAttribute("minutesLeft", Math.max(0, left.toMinutesPart()));
		model.addAttribute("opensAtEpochSecond", join.conference().techHelpFrom().getEpochSecond());
		return new ModelAndView("registration/join", model.asMap());
	}

	/**
	 * A forged, mistyped or expired link. Exception handlers get no model attributes from
	 * the controller advice, so the layout's viewer is added here.
	 */
	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView unknownLink() {
		ModelAndView page = new ModelAndView("registration/link-invalid");
		page.addObject("viewer", Viewer.current());
		return page;
	}

	/**
	 * A registration with no attendance certificate (yet): says who gets one, and when.
	 */
	@ExceptionHandler(NoCertificate.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView noCertificate() {
		ModelAndView page = new ModelAndView("registration/no-certificate");
		page.addObject("viewer", Viewer.current());
		return page;
	}

}
