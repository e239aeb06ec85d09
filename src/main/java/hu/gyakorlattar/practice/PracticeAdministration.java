package hu.gyakorlattar.practice;

import java.io.IOException;
import java.time.Clock;
import java.time.Year;

import jakarta.validation.Valid;

import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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
 * The programme office edits the knowledge base: drafts, publishing and withdrawing,
 * attachments, the history of every practice, and its English case study.
 */
@Controller
@RequestMapping("/admin/gyakorlatok")
@PreAuthorize("hasRole('ADMIN')")
class PracticeAdministration {

	private final PracticeManagement practices;

	private final EditingPractices editing;

	private final AttachingFiles files;

	private final ProgrammeManagement programme;

	private final CaseStudies caseStudies;

	private final Clock clock;

	PracticeAdministration(PracticeManagement practices, EditingPractices editing, AttachingFiles files,
			ProgrammeManagement programme, CaseStudies caseStudies, Clock clock) {
		this.practices = practices;
		this.editing = editing;
		this.files = files;
		this.programme = programme;
		this.caseStudies = caseStudies;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("practices", this.editing.allForEditors());
		return "practice/admin/practices";
	}

	@GetMapping("/uj")
	String newPractice(Model model) {
		if (!model.containsAttribute("practiceForm")) {
			// Before the office has set up any programme year, this year's in Budapest.
			int year = this.programme.currentCycle()
				.map((cycle) -> cycle.year())
				.orElseGet(() -> Year.now(this.clock.withZone(HungarianFormats.BUDAPEST)).getValue());
			model.addAttribute("practiceForm", PracticeForm.empty(year));
		}
		return form(null, model);
	}

	@PostMapping("/uj")
	String create(@Valid @ModelAttribute("practiceForm") PracticeForm form, BindingResult result, Model model,
			Authentication editor, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Practice practice = this.editing.create(form, editor.getName());
				redirect.addFlashAttribute("flashKey", "practice.admin.created");
				return "redirect:/admin/gyakorlatok/" + practice.getId();
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return form(null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Practice practice = this.editing.practiceForEditor(id);
		if (!model.containsAttribute("practiceForm")) {
			model.addAttribute("practiceForm", PracticeForm.of(practice));
		}
		return form(practice, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("practiceForm") PracticeForm form, BindingResult result,
			Model model, Authentication editor, RedirectAttributes redirect) {
		Practice practice = this.editing.practiceForEditor(id);
		if (!result.hasErrors()) {
			try {
				this.editing.edit(id, form, editor.getName());
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/gyakorlatok/" + id;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return form(practice, model);
	}

	@PostMapping("/{id}/kozzetetel")
	String publish(@PathVariable long id, Authentication editor, RedirectAttributes redirect) {
		this.editing.publish(id, editor.getName());
		redirect.addFlashAttribute("flashKey", "practice.admin.published");
		return "redirect:/admin/gyakorlatok/" + id;
	}

	@PostMapping("/{id}/visszavonas")
	String withdraw(@PathVariable long id, Authentication editor, RedirectAttributes redirect) {
		this.editing.withdraw(id, editor.getName());
		redirect.addFlashAttribute("flashKey", "practice.admin.withdrawn");
		return "redirect:/admin/gyakorlatok/" + id;
	}

	@PostMapping("/{id}/mellekletek")
	String addAttachment(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, Authentication editor, RedirectAttributes redirect) {
		Practice practice = this.editing.practiceForEditor(id);
		BindingResult result = new BeanPropertyBindingResult(new AttachmentForm(file), "attachmentForm");
		try {
			byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
			String name = (file != null) ? file.getOriginalFilename() : "";
			this.files.add(id, new Upload(name, bytes), editor.getName());
			redirect.addFlashAttribute("flashKey", "practice.attachment.added");
			return "redirect:/admin/gyakorlatok/" + id + "#mellekletek";
		}
		catch (IOException ex) {
			result.rejectValue("file", "practice.attachment.unreadable");
		}
		catch (InvalidInput ex) {
			ex.reportTo(result);
		}
		model.addAttribute("org.springframework.validation.BindingResult.attachmentForm", result);
		model.addAttribute("attachmentForm", result.getTarget());
		model.addAttribute("practiceForm", PracticeForm.of(practice));
		return form(practice, model);
	}

	@PostMapping("/{id}/mellekletek/{attachmentId}/torles")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, Authentication editor,
			RedirectAttributes redirect) {
		this.files.remove(id, attachmentId, editor.getName());
		redirect.addFlashAttribute("flashKey", "practice.attachment.removed");
		return "redirect:/admin/gyakorlatok/" + id + "#mellekletek";
	}

	/** The practice as an English case study for the European good-practice databases. */
	@GetMapping("/{id}/esettanulmany.pdf")
	ResponseEntity<byte[]> caseStudy(@PathVariable long id) {
		Practice practice = this.editing.practiceForEditor(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("case-study-" + practice.getSlug() + ".pdf")
						.build()
						.toString())
			.body(this.caseStudies.inEnglish(id));
	}

	@GetMapping("/{id}/mellekletek/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return PracticePages.download(this.practices.attachment(id, attachmentId, true).orElseThrow(NotFound::new));
	}

	private String form(Practice practice, Model model) {
		model.addAttribute("practice", practice);
		model.addAttribute("themesByYear", this.editing.themesByYear());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("awards", AwardLevel.values());
		if (practice != null) {
			model.addAttribute("attachments", this.practices.attachments(practice.getId()));
			model.addAttribute("revisions", this.editing.revisions(practice.getId()));
			if (!model.containsAttribute("attachmentForm")) {
				model.addAttribute("attachmentForm", new AttachmentForm(null));
			}
		}
		return "practice/admin/practice";
	}

	/** The upload form, so that a refused file's message shows next to the field. */
	record AttachmentForm(MultipartFile file) {

	}

}
