package hu.gyakorlattar.contactrequest;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.practice.PracticeContact;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The contact request form of a practice whose contact agreed to be shown, then the same
 * answer whatever happened behind it; a practice without such a contact has no form
 * (404). Its address is under {@code /kapcsolatfelvetel/}, which the public forms' rate
 * limit also counts.
 */
@Controller
@PreAuthorize("permitAll()")
class ContactRequestPages {

	private final PracticeManagement practices;

	private final RequestingContact requesting;

	private final MunicipalityDirectory directory;

	ContactRequestPages(PracticeManagement practices, RequestingContact requesting, MunicipalityDirectory directory) {
		this.practices = practices;
		this.requesting = requesting;
		this.directory = directory;
	}

	@GetMapping("/kapcsolatfelvetel/{slug}")
	String form(@PathVariable String slug, Model model) {
		model.addAttribute("contactRequestForm", ContactRequestForm.empty());
		return page(addressee(slug), model);
	}

	@PostMapping("/kapcsolatfelvetel/{slug}")
	String request(@PathVariable String slug, @Valid @ModelAttribute ContactRequestForm contactRequestForm,
			BindingResult result, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Addressee addressee = addressee(slug);
		if (!result.hasErrors() && !contactRequestForm.byRobot()) {
			try {
				this.requesting.request(addressee.practice(), addressee.contact(), contactRequestForm,
						request.getRemoteAddr(), locale);
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
			catch (RequestingContact.TooManyRequests ex) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", "3600");
				return "contactrequest/too-many";
			}
		}
		if (result.hasErrors()) {
			if (result.hasFieldErrors("municipality")) {
				model.addAttribute("suggestions", this.directory.suggestions(contactRequestForm.municipality()));
			}
			return page(addressee, model);
		}
		return "redirect:/kapcsolatfelvetel/" + slug + "/elkuldve";
	}

	@GetMapping("/kapcsolatfelvetel/{slug}/elkuldve")
	String sent(@PathVariable String slug, Model model) {
		model.addAttribute("practice", addressee(slug).practice());
		return "contactrequest/sent";
	}

	private String page(Addressee addressee, Model model) {
		model.addAttribute("practice", addressee.practice());
		model.addAttribute("contactName", addressee.contact().name());
		return "contactrequest/form";
	}

	private Addressee addressee(String slug) {
		PublishedPractice practice = this.practices.publishedPractice(slug).orElseThrow(NotFound::new);
		return new Addressee(practice, this.practices.consentedContact(practice.id()).orElseThrow(NotFound::new));
	}

	private record Addressee(PublishedPractice practice, PracticeContact contact) {

	}

}
