package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme office sets up a conference: its time and meeting, the people on stage,
 * the agenda, publication, and the materials after the event.
 */
@Controller
@RequestMapping("/admin/esemenyek")
@PreAuthorize("hasRole('ADMIN')")
class ConferenceAdministration {

	private final ConferenceManagement conferences;

	private final ProgrammeManagement programme;

	private final Clock clock;

	ConferenceAdministration(ConferenceManagement conferences, ProgrammeManagement programme, Clock clock) {
		this.conferences = conferences;
		this.programme = programme;
		this.clock = clock;
	}

	@GetMapping
	String conferences(Model model) {
		model.addAttribute("conferences", this.conferences.all());
		return "conference/admin/conferences";
	}

	@GetMapping("/uj")
	String newConference(Model model) {
		if (!model.containsAttribute("conferenceForm")) {
			int year = this.programme.currentCycle().map((cycle) -> cycle.year()).orElse(0);
			model.addAttribute("conferenceForm", ConferenceForm.proposal(year,
					LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST)));
		}
		addChoices(model, null);
		return "conference/admin/create";
	}

	@PostMapping("/uj")
	String create(@Valid @ModelAttribute("conferenceForm") ConferenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Conference conference = this.conferences.create(form);
				redirect.addFlashAttribute("flashKey", "conference.created");
				return "redirect:/admin/esemenyek/" + conference.getId();
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		else {
			this.conferences.problemsWith(null, form).forEach((problem) -> problem.reportTo(result));
		}
		addChoices(model, null);
		return "conference/admin/create";
	}

	@GetMapping("/{id}")
	String conference(@PathVariable long id, Model model) {
		ConferenceView conference = this.conferences.find(id).orElseThrow(NotFound::new);
		model.addAttribute("conference", conference);
		if (!model.containsAttribute("conferenceForm")) {
			model.addAttribute("conferenceForm", this.conferences.form(id));
		}
		if (!model.containsAttribute("personForm")) {
			model.addAttribute("personForm", PersonForm.empty());
		}
		if (!model.containsAttribute("agendaItemForm")) {
			model.addAttribute("agendaItemForm",
					AgendaItemForm.startingAt(conference.agenda().isEmpty() ? Slot.localTime(conference.startsAt())
							: Slot.localTime(conference.agenda().get(conference.agenda().size() - 1).endsAt())));
		}
		addChoices(model, id);
		return "conference/admin/conference";
	}

	@PostMapping("/{id}")
	String describe(@PathVariable long id, @Valid @ModelAttribute("conferenceForm") ConferenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Duration agendaMoved = this.conferences.describe(id, form);
				if (agendaMoved.isZero()) {
					redirect.addFlashAttribute("flashKey", "admin.saved");
				}
				else {
					redirect.addFlashAttribute("flashKey", agendaMoved.isNegative() ? "conference.saved.agendaEarlier"
							: "conference.saved.agendaLater");
					redirect.addFlashAttribute("flashArgument", agendaMoved.abs().toMinutes());
				}
				return "redirect:/admin/esemenyek/" + id;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		else {
			this.conferences.problemsWith(id, form).forEach((problem) -> problem.reportTo(result));
		}
		return conference(id, model);
	}

	@PostMapping("/{id}/kozzetetel")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		this.conferences.publish(id);
		redirect.addFlashAttribute("flashKey", "conference.published");
		return "redirect:/admin/esemenyek/" + id;
	}

	@PostMapping("/{id}/visszavonas")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		this.conferences.withdraw(id);
		redirect.addFlashAttribute("flashKey", "conference.withdrawn");
		return "redirect:/admin/esemenyek/" + id;
	}

	@PostMapping("/{id}/kozremukodok")
	String addPerson(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.conferences.addPerson(id, form, FileContent.of(form.photo(), "photo"));
				redirect.addFlashAttribute("flashKey", "conference.person.added");
				return "redirect:/admin/esemenyek/" + id + "#kozremukodok";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return conference(id, model);
	}

	@GetMapping("/{id}/kozremukodok/{personId}")
	String person(@PathVariable long id, @PathVariable long personId, Model model) {
		model.addAttribute("conference", this.conferences.find(id).orElseThrow(NotFound::new));
		model.addAttribute("person",
				this.conferences.people(id)
					.stream()
					.filter((person) -> person.id() == personId)
					.findFirst()
					.orElseThrow(NotFound::new));
		if (!model.containsAttribute("personForm")) {
			model.addAttribute("personForm", this.conferences.personForm(id, personId));
		}
		return "conference/admin/person";
	}

	@PostMapping("/{id}/kozremukodok/{personId}")
	String describePerson(@PathVariable long id, @PathVariable long personId,
			@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.conferences.describePerson(id, personId, form, FileContent.of(form.photo(), "photo"));
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/esemenyek/" + id + "#kozremukodok";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return person(id, personId, model);
	}

	@PostMapping("/{id}/kozremukodok/{personId}/torles")
	String removePerson(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
		this.conferences.removePerson(id, personId);
		redirect.addFlashAttribute("flashKey", "conference.person.removed");
		return "redirect:/admin/esemenyek/" + id + "#kozremukodok";
	}

	@PostMapping("/{id}/program")
	String addAgendaItem(@PathVariable long id, @Valid @ModelAttribute("agendaItemForm") AgendaItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.conferences.addAgendaItem(id, form);
				redirect.addFlashAttribute("flashKey", "conference.agenda.added");
				return "redirect:/admin/esemenyek/" + id + "#program";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return conference(id, model);
	}

	@GetMapping("/{id}/program/{itemId}")
	String agendaItem(@PathVariable long id, @PathVariable long itemId, Model model) {
		ConferenceView conference = this.conferences.find(id).orElseThrow(NotFound::new);
		model.addAttribute("conference", conference);
		model.addAttribute("item",
				conference.agenda()
					.stream()
					.filter((item) -> item.id() == itemId)
					.findFirst()
					.orElseThrow(NotFound::new));
		if (!model.containsAttribute("agendaItemForm")) {
			model.addAttribute("agendaItemForm", this.conferences.agendaItemForm(id, itemId));
		}
		addChoices(model, id);
		return "conference/admin/agenda-item";
	}

	@PostMapping("/{id}/program/{itemId}")
	String reviseAgendaItem(@PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("agendaItemForm") AgendaItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.conferences.reviseAgendaItem(id, itemId, form);
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/esemenyek/" + id + "#program";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return agendaItem(id, itemId, model);
	}

	@PostMapping("/{id}/program/{itemId}/fel")
	String moveAgendaItemUp(@PathVariable long id, @PathVariable long itemId) {
		this.conferences.moveAgendaItemUp(id, itemId);
		return "redirect:/admin/esemenyek/" + id + "#program";
	}

	@PostMapping("/{id}/program/{itemId}/torles")
	String removeAgendaItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
		this.conferences.removeAgendaItem(id, itemId);
		redirect.addFlashAttribute("flashKey", "conference.agenda.removed");
		return "redirect:/admin/esemenyek/" + id + "#program";
	}

	@PostMapping("/{id}/program/{itemId}/anyagok")
	String addMaterials(@PathVariable long id, @PathVariable long itemId,
			@RequestParam(required = false) String recordingUrl, @RequestParam(required = false) MultipartFile slides,
			Model model, RedirectAttributes redirect) {
		try {
			this.conferences.addMaterials(id, itemId, recordingUrl, FileContent.of(slides, "slides"));
			redirect.addFlashAttribute("flashKey", "conference.materials.saved");
			return "redirect:/admin/esemenyek/" + id + "/program/" + itemId;
		}
		catch (InvalidInput ex) {
			model.addAttribute("materialsError", ex.messageKey());
			model.addAttribute("materialsErrorField", ex.field());
			model.addAttribute("recordingUrl", recordingUrl);
			return agendaItem(id, itemId, model);
		}
	}

	private void addChoices(Model model, Long conferenceId) {
		model.addAttribute("cycles", this.programme.allCycles());
		model.addAttribute("eventKinds", EventKind.values());
		model.addAttribute("meetingKinds", MeetingKind.values());
		model.addAttribute("agendaKinds", AgendaItemKind.values());
		model.addAttribute("zoomEnabled", this.conferences.zoomEnabled());
		model.addAttribute("people", (conferenceId != null) ? this.conferences.people(conferenceId) : List.of());
	}

}
