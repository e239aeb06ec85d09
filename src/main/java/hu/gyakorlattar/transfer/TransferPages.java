package hu.gyakorlattar.transfer;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's transfers in its account: starting one from a practice's page, keeping
 * it up to date until it runs or stops, and answering the municipalities that take up its
 * own practices. Only an applicant account of a municipality acts; another signed-in
 * visitor is told so, and a transfer of another municipality is not found.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TransferPages {

	private final ApplicantMunicipality applicants;

	private final StartingTransfers starting;

	private final UpdatingTransfers updating;

	private final TransferLedger ledger;

	private final PracticeManagement practices;

	TransferPages(ApplicantMunicipality applicants, StartingTransfers starting, UpdatingTransfers updating,
			TransferLedger ledger, PracticeManagement practices) {
		this.applicants = applicants;
		this.starting = starting;
		this.updating = updating;
		this.ledger = ledger;
		this.practices = practices;
	}

	@GetMapping("/fiok/atvetelek")
	String mine(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Model model) {
		Optional<AccountView> applicant = this.applicants.of(viewer);
		model.addAttribute("applicant", applicant.isPresent());
		applicant.ifPresent((account) -> {
			model.addAttribute("transfers", this.ledger.ofMunicipality(account.municipalityKshCode()));
			model.addAttribute("followers", this.ledger.followersOf(account.municipalityKshCode()));
			model.addAttribute("ownPractices",
					this.practices.publishedPractices()
						.stream()
						.filter((practice) -> practice.ownedBy(account.municipalityKshCode()))
						.toList());
		});
		return "transfer/mine";
	}

	@GetMapping("/fiok/gyakorlatok/{slug}/atvetel")
	String startForm(@PathVariable String slug, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Model model, RedirectAttributes redirect) {
		PublishedPractice practice = this.practices.publishedPractice(slug).orElseThrow(NotFound::new);
		Optional<AccountView> applicant = this.applicants.of(viewer);
		if (applicant.isEmpty()) {
			return applicantsOnly(slug, redirect);
		}
		Optional<TransferView> existing = this.ledger.ofPractice(practice)
			.stream()
			.filter((transfer) -> transfer.kshCode().equals(applicant.get().municipalityKshCode()))
			.findFirst();
		if (existing.isPresent()) {
			return "redirect:/fiok/atvetelek/" + existing.get().id();
		}
		model.addAttribute("transferForm", new TransferPlan("", applicant.get().name().toString(),
				applicant.get().email(), TransferStatus.CONSIDERING, ""));
		return startPage(practice, model);
	}

	@PostMapping("/fiok/gyakorlatok/{slug}/atvetel")
	String start(@PathVariable String slug, @Valid @ModelAttribute("transferForm") TransferPlan form,
			BindingResult result, @ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale,
			Model model, RedirectAttributes redirect) {
		PublishedPractice practice = this.practices.publishedPractice(slug).orElseThrow(NotFound::new);
		Optional<AccountView> applicant = this.applicants.of(viewer);
		if (applicant.isEmpty()) {
			return applicantsOnly(slug, redirect);
		}
		if (!result.hasErrors()) {
			try {
				StartingTransfers.Started started = this.starting.start(slug, applicant.get().municipalityKshCode(),
						applicant.get().email(), form, locale);
				redirect.addFlashAttribute("flashKey",
						started.ownersTold() ? "transfer.started" : "transfer.started.recorded");
				return "redirect:/fiok/atvetelek/" + started.id();
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return startPage(practice, model);
	}

	@GetMapping("/fiok/atvetelek/{transferId}")
	String transfer(@PathVariable long transferId, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Model model) {
		String kshCode = municipalityOf(viewer);
		model.addAttribute("transferForm", this.updating.plan(transferId, kshCode));
		return transferPage(transferId, model);
	}

	@PostMapping("/fiok/atvetelek/{transferId}")
	String update(@PathVariable long transferId, @Valid @ModelAttribute("transferForm") TransferPlan form,
			BindingResult result, @ModelAttribute(name = "viewer", binding = false) Viewer viewer, Model model,
			RedirectAttributes redirect) {
		String kshCode = municipalityOf(viewer);
		if (!result.hasErrors()) {
			try {
				this.updating.update(transferId, kshCode, form);
				redirect.addFlashAttribute("flashKey", "transfer.saved");
				return "redirect:/fiok/atvetelek/" + transferId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		else {
			this.updating.problemsWith(transferId, kshCode, form).forEach((problem) -> problem.reportTo(result));
		}
		this.updating.plan(transferId, kshCode);
		return transferPage(transferId, model);
	}

	@GetMapping("/fiok/atvetelek/{transferId}/valasz")
	String answerForm(@PathVariable long transferId, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Model model) {
		TransferView follower = follower(transferId, municipalityOf(viewer));
		model.addAttribute("answerForm", new OriginAnswer(follower.originAnswer(), follower.mentorName(),
				follower.mentorEmail(), !follower.mentorName().isEmpty()));
		model.addAttribute("transfer", follower);
		return "transfer/answer";
	}

	@PostMapping("/fiok/atvetelek/{transferId}/valasz")
	String answer(@PathVariable long transferId, @Valid @ModelAttribute("answerForm") OriginAnswer form,
			BindingResult result, @ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale,
			Model model, RedirectAttributes redirect) {
		String kshCode = municipalityOf(viewer);
		TransferView follower = follower(transferId, kshCode);
		if (!result.hasErrors()) {
			try {
				this.updating.answer(transferId, kshCode, form, locale);
				redirect.addFlashAttribute("flashKey", "transfer.answered");
				return "redirect:/fiok/atvetelek";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		else {
			Transfer.problemsAnswering(form).forEach((problem) -> problem.reportTo(result));
		}
		model.addAttribute("transfer", follower);
		return "transfer/answer";
	}

	private String startPage(PublishedPractice practice, Model model) {
		model.addAttribute("practice", practice);
		model.addAttribute("statuses", startStatuses());
		return "transfer/start";
	}

	private String transferPage(long transferId, Model model) {
		TransferView transfer = this.ledger.byId(transferId).orElseThrow(NotFound::new);
		model.addAttribute("transfer", transfer);
		model.addAttribute("statuses", TransferStatus.values());
		return "transfer/transfer";
	}

	private TransferView follower(long transferId, String kshCode) {
		return this.ledger.followersOf(kshCode)
			.stream()
			.filter((transfer) -> transfer.id() == transferId)
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	private String municipalityOf(Viewer viewer) {
		return this.applicants.of(viewer).map(AccountView::municipalityKshCode).orElseThrow(NotFound::new);
	}

	private static String applicantsOnly(String slug, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", "transfer.applicantsOnly");
		return "redirect:/gyakorlatok/" + slug + "#atvetel";
	}

	private static TransferStatus[] startStatuses() {
		return new TransferStatus[] { TransferStatus.CONSIDERING, TransferStatus.ADAPTING, TransferStatus.RUNNING };
	}

}
