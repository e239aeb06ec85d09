package hu.gyakorlattar.registration;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public registration form of a conference. Every accepted submission answers the
 * same page, "check your mailbox", whether or not the address registered before.
 */
@Controller
@PreAuthorize("permitAll()")
class RegistrationPages {

	private final Registering registering;

	private final RegistrationLists lists;

	private final MunicipalityChoice municipalities;

	private final RegistrationManagement registrations;

	private final RegistrationRateLimit rateLimit;

	private final RegistrationCapacity capacity;

	private final RegistrationProperties properties;

	private final Clock clock;

	RegistrationPages(Registering registering, RegistrationLists lists, MunicipalityChoice municipalities,
			RegistrationManagement registrations, RegistrationRateLimit rateLimit, RegistrationCapacity capacity,
			RegistrationProperties properties, Clock clock) {
		this.registering = registering;
		this.lists = lists;
		this.municipalities = municipalities;
		this.registrations = registrations;
		this.rateLimit = rateLimit;
		this.capacity = capacity;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/esemenyek/{conferenceId}/regisztracio")
	String form(@PathVariable long conferenceId, @RequestParam(name = "kampany", required = false) String campaign,
			Model model) {
		model.addAttribute("registrationForm", RegistrationForm.empty(campaign));
		return page(conferenceId, model);
	}

	@PostMapping("/esemenyek/{conferenceId}/regisztracio")
	String register(@PathVariable long conferenceId, @Valid @ModelAttribute RegistrationForm registrationForm,
			BindingResult result, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			return this.capacity
				.register(() -> registerNow(conferenceId, registrationForm, result, model, locale, request, response));
		}
		catch (RegistrationCapacity.Busy ex) {
			// The form comes back as it was filled in, to send again in a moment.
			response.setStatus(503);
			response.setHeader("Retry-After", Long.toString(RegistrationCapacity.RETRY_AFTER.toSeconds()));
			result.reject("registration.busy");
			return page(conferenceId, model);
		}
	}

	private String registerNow(long conferenceId, RegistrationForm registrationForm, BindingResult result, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (!this.rateLimit.admits(request.getRemoteAddr(),
				result.hasFieldErrors("email") ? null : registrationForm.email())) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
			return "registration/too-many";
		}
		if (!result.hasErrors()) {
			try {
				this.registering.register(conferenceId, registrationForm, locale);
				return "redirect:/esemenyek/" + conferenceId + "/regisztracio/elkuldve";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		else if (!result.hasFieldErrors("municipality")) {
			// Every mistake at once: the town is looked up though another field is wrong.
			try {
				this.municipalities.resolve(registrationForm.municipality(), registrationForm.organisation());
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		if (result.hasFieldErrors("municipality")) {
			model.addAttribute("suggestions", this.municipalities.matching(registrationForm.municipality()));
		}
		return page(conferenceId, model);
	}

	@GetMapping("/esemenyek/{conferenceId}/regisztracio/elkuldve")
	String sent(@PathVariable long conferenceId, Model model) {
		model.addAttribute("conference", this.registering.publishedConference(conferenceId));
		return "registration/sent";
	}

	/** Who takes part: those who consented to appear here, and nothing else of anyone. */
	@GetMapping("/esemenyek/{conferenceId}/resztvevok")
	String participants(@PathVariable long conferenceId, Model model) {
		model.addAttribute("participants", this.lists.participants(conferenceId));
		model.addAttribute("conference", this.registering.publishedConference(conferenceId));
		return "registration/participants";
	}

	private String page(long conferenceId, Model model) {
		ConferenceView conference = this.registering.publishedConference(conferenceId);
		int taken = this.registrations.placesTaken(conferenceId);
		model.addAttribute("conference", conference);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("full", taken >= conference.capacity());
		model.addAttribute("placesLeft", Math.max(0, conference.capacity() - taken));
		model.addAttribute("privacyNoticeVersion", this.properties.privacyNoticeVersion());
		return "registration/form";
	}

}
