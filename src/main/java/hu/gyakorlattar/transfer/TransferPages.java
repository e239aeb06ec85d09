package hu.gyakorlattar.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;
import hu.gyakorlattar.transfer.ApplicantMunicipalities.Acting;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's transfers in its account: starting one from a practice's page, keeping
 * it up to date until it runs or stops, and answering the municipalities that take up its
 * own practices. Only an applicant account acts, for each municipality it acts for (a
 * clerk of two villages chooses which one takes a practice up); another signed-in visitor
 * is told so, and a transfer of another municipality is not found.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TransferPages {

	private final ApplicantMunicipalities applicants;

	private final StartingTransfers starting;

	private final UpdatingTransfers updating;

	private final TransferLedger ledger;

	private final PracticeManagement practices;

	TransferPages(ApplicantMunicipalities applicants, StartingTransfers starting, UpdatingTransfers updating,
			TransferLedger ledger, PracticeManagement practices) {
		this.applicants = applicants;
		this.starting = starting;
		this.updating = updating;
		this.ledger = ledger;
		this.practices = practices;
	}

	@GetMapping("/fiok/atvetelek")
	String mine(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Model model) {
		Optional<Acting> applicant = this.applicants.of(viewer);
		model.addAttribute("applicant", applicant.isPresent());
		applicant.ifPresent((acting) -> {
			model.addAttribute("severalMunicipalities", acting.several());
			model.addAttribute("transfers",
					acting.kshCodes()
						.stream()
						.flatMap((kshCode) -> this.ledger.ofMunicipality(kshCode).stream())
						.toList());
			model.addAttribute("followers", followersOf(acting));
			model.addAttribute("ownPractices",
					this.practices.publishedPractices()
						.stream()
						.filter((practice) -> !acting.owning(practice).isEmpty())
						.toList());
		});
		return "transfer/mine";
	}

	@GetMapping("/fiok/gyakorlatok/{slug}/atvetel")
	String startForm(@PathVariable String slug, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Model model, RedirectAttributes redirect) {
		PublishedPractice practice = this.practices.publishedPractice(slug).orElseThrow(NotFound::new);
		Optional<Acting> applicant = this.applicants.of(viewer);
		if (applicant.isEmpty()) {
			return applicantsOnly(slug, redirect);
		}
		List<TransferView> existing = adoptedBy(applicant.get(), practice);
		if (candidates(applicant.get(), existing).isEmpty()) {
			return "redirect:/fiok/atvetelek/" + existing.get(0).id();
		}
		AccountView account = applicant.get().account();
		model.addAttribute("transferForm",
				new TransferPlan("", account.name().toString(), account.email(), TransferStatus.CONSIDERING, ""));
		return startPage(practice, applicant.get(), existing, null, model);
	}

	@PostMapping("/fiok/gyakorlatok/{slug}/atvetel")
	String start(@PathVariable String slug, @Valid @ModelAttribute("transferForm") TransferPlan form,
			BindingResult result, @RequestParam(name = "kshCode", required = false) @Nullable String kshCode,
			@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale, Model model,
			RedirectAttributes redirect) {
		PublishedPractice practice = this.practices.publishedPractice(slug).orElseThrow(NotFound::new);
		Optional<Acting> applicant = this.applicants.of(viewer);
		if (applicant.isEmpty()) {
			return applicantsOnly(slug, redirect);
		}
		List<TransferView> existing = adoptedBy(applicant.get(), practice);
		List<MunicipalitySummary> candidates = candidates(applicant.get(), existing);
		String adopting = (candidates.size() == 1) ? candidates.get(0).kshCode() : kshCode;
		if (candidates.stream().noneMatch((candidate) -> candidate.kshCode().equals(adopting))) {
			result.reject((candidates.isEmpty()) ? "transfer.already" : "transfer.municipality.choose");
		}
		if (!result.hasErrors()) {
			try {
				StartingTransfers.Started started = this.starting.start(slug, adopting,
						applicant.get().account().email(), form, locale);
				redirect.addFlashAttribute("flashKey",
						started.ownersTold() ? "transfer.started" : "transfer.started.recorded");
				return "redirect:/fiok/atvetelek/" + started.id();
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return startPage(practice, applicant.get(), existing, adopting, model);
	}

	@GetMapping("/fiok/atvetelek/{transferId}")
	String transfer(@PathVariable long transferId, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Model model) {
		String kshCode = adopterOf(transferId, viewer);
		model.addAttribute("transferForm", this.updating.plan(transferId, kshCode));
		return transferPage(transferId, model);
	}

	@PostMapping("/fiok/atvetelek/{transferId}")
	String update(@PathVariable long transferId, @Valid @ModelAttribute("transferForm") TransferPlan form,
			BindingResult result, @ModelAttribute(name = "viewer", binding = false) Viewer viewer, Model model,
			RedirectAttributes redirect) {
		String kshCode = adopterOf(transferId, viewer);
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
		return transferPage(transferId, model);
	}

	@GetMapping("/fiok/atvetelek/{transferId}/valasz")
	String answerForm(@PathVariable long transferId, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Model model) {
		TransferView follower = follower(transferId, acting(viewer));
		model.addAttribute("answerForm", new OriginAnswer(follower.originAnswer(), follower.mentorName(),
				follower.mentorEmail(), !follower.mentorName().isEmpty()));
		model.addAttribute("transfer", follower);
		return "transfer/answer";
	}

	@PostMapping("/fiok/atvetelek/{transferId}/valasz")
	String answer(@PathVariable long transferId, @Valid @ModelAttribute("answerForm") OriginAnswer form,
			BindingResult result, @ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale,
			Model model, RedirectAttributes redirect) {
		Acting applicant = acting(viewer);
		TransferView follower = follower(transferId, applicant);
		if (!result.hasErrors()) {
			try {
				String origin = applicant.firstOf(follower.originKshCodes()).orElseThrow(NotFound::new);
				this.updating.answer(transferId, origin, form, locale);
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

	/**
	 * {@code adopting}: the municipality chosen, if any; the candidates are those not
	 * taking the practice up yet.
	 */
	private String startPage(PublishedPractice practice, Acting applicant, List<TransferView> existing,
			@Nullable String adopting, Model model) {
		model.addAttribute("practice", practice);
		model.addAttribute("statuses", startStatuses());
		model.addAttribute("candidates", candidates(applicant, existing));
		model.addAttribute("severalMunicipalities", applicant.several());
		model.addAttribute("adopting", adopting);
		return "transfer/start";
	}

	private String transferPage(long transferId, Model model) {
		TransferView transfer = this.ledger.byId(transferId).orElseThrow(NotFound::new);
		model.addAttribute("transfer", transfer);
		model.addAttribute("statuses", TransferStatus.values());
		return "transfer/transfer";
	}

	/** The applicant's municipalities' transfers of the practice. */
	private List<TransferView> adoptedBy(Acting applicant, PublishedPractice practice) {
		return this.ledger.ofPractice(practice)
			.stream()
			.filter((transfer) -> applicant.actsFor(transfer.kshCode()))
			.toList();
	}

	/** The applicant's municipalities that could still take the practice up. */
	private static List<MunicipalitySummary> candidates(Acting applicant, List<TransferView> existing) {
		return applicant.municipalities()
			.stream()
			.filter((municipality) -> existing.stream()
				.noneMatch((transfer) -> transfer.kshCode().equals(municipality.kshCode())))
			.toList();
	}

	/** The transfers of the applicant's municipalities' practices, each once. */
	private List<TransferView> followersOf(Acting applicant) {
		Map<Long, TransferView> followers = new LinkedHashMap<>();
		applicant.kshCodes()
			.forEach((kshCode) -> this.ledger.followersOf(kshCode)
				.forEach((transfer) -> followers.putIfAbsent(transfer.id(), transfer)));
		return List.copyOf(followers.values());
	}

	/** The adopting municipality of the transfer, when the viewer acts for it. */
	private String adopterOf(long transferId, Viewer viewer) {
		Acting applicant = acting(viewer);
		return this.ledger.byId(transferId)
			.map(TransferView::kshCode)
			.filter(applicant::actsFor)
			.orElseThrow(NotFound::new);
	}

	/** A transfer of a practice of a municipality the viewer acts for. */
	private TransferView follower(long transferId, Acting applicant) {
		return followersOf(applicant).stream()
			.filter((transfer) -> transfer.id() == transferId)
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	/** The municipalities the viewer acts for; anyone else finds no transfer here. */
	private Acting acting(Viewer viewer) {
		return this.applicants.of(viewer).orElseThrow(NotFound::new);
	}

	private static String applicantsOnly(String slug, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", "transfer.applicantsOnly");
		return "redirect:/gyakorlatok/" + slug + "#atvetel";
	}

	private static TransferStatus[] startStatuses() {
		return new TransferStatus[] { TransferStatus.CONSIDERING, TransferStatus.ADAPTING, TransferStatus.RUNNING };
	}

}
