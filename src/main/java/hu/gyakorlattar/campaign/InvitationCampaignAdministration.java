package hu.gyakorlattar.campaign;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.mail.MailPreview;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalityContactView;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.jspecify.annotations.Nullable;

/**
 * The programme office's invitation campaigns: the list, a new letter for a conference,
 * the letter with its preview and test mail, the selection of recipients with a count to
 * confirm (and, when the letter names a year or a date that is not its conference's, a
 * warning to acknowledge), and the progress of the sending, which runs in the background.
 * Plain forms and links; the progress page reloads itself with a {@code Refresh} header
 * (what {@code <meta http-equiv="refresh">} says, for the whole response) while mail
 * waits, so no script is needed.
 */
@Controller
@RequestMapping("/admin/meghivok")
@PreAuthorize("hasRole('ADMIN')")
class InvitationCampaignAdministration {

	/** Seconds between reloads of the progress page while messages wait. */
	static final int REFRESH_SECONDS = 5;

	private final WritingInvitations campaigns;

	private final AddressingCampaigns addressing;

	private final CampaignProgress progress;

	InvitationCampaignAdministration(WritingInvitations campaigns, AddressingCampaigns addressing,
			CampaignProgress progress) {
		this.campaigns = campaigns;
		this.addressing = addressing;
		this.progress = progress;
	}

	@GetMapping
	String campaigns(Model model) {
		List<InvitationCampaign> all = this.campaigns.all();
		model.addAttribute("campaigns", all);
		model.addAttribute("titles",
				all.stream()
					.collect(Collectors.toMap(InvitationCampaign::getId,
							(campaign) -> this.campaigns.conference(campaign.getConferenceId())
								.map(ConferenceView::title)
								.orElse(""))));
		model.addAttribute("conferences", this.campaigns.conferences());
		return "campaign/admin/campaigns";
	}

	/** A new letter, prefilled for the conference chosen on the list. */
	@GetMapping("/uj")
	String newCampaign(@RequestParam(name = "konferencia", required = false) String conference, Model model) {
		Optional<ConferenceView> chosen = parseId(conference).flatMap(this.campaigns::conference);
		InvitationCampaignForm form = chosen.map(this.campaigns::draft)
			.orElse(new InvitationCampaignForm(null, "", "", "", null, "", false));
		model.addAttribute("campaignForm", form);
		if (chosen.isEmpty() && conference != null) {
			// A stale link: the choice is marked like any wrong field
			BindingResult result = new BeanPropertyBindingResult(form, "campaignForm");
			result.rejectValue("conferenceId", "mail.campaign.conference.unknown");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "campaignForm", result);
		}
		return newCampaignPage(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("campaignForm") InvitationCampaignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				InvitationCampaign campaign = this.campaigns.create(form);
				redirect.addFlashAttribute("flashKey", "mail.campaign.created");
				return "redirect:/admin/meghivok/" + campaign.getId();
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return newCampaignPage(model);
	}

	/** The letter's HTML for the campaign page's preview frame ({@link MailPreview}). */
	@GetMapping("/{id}/elonezet")
	ResponseEntity<String> preview(@PathVariable long id,
			@RequestParam(name = "cimzett", required = false) @Nullable String kshCode) {
		InvitationCampaign campaign = this.campaigns.campaign(id);
		if (this.campaigns.conference(campaign.getConferenceId()).isEmpty()) {
			throw new NotFound();
		}
		Optional<MunicipalityContactView> contact = previewContact(kshCode, this.campaigns.contacts());
		return MailPreview.of(this.campaigns.preview(id, contact).html());
	}

	@GetMapping("/{id}")
	String campaign(@PathVariable long id, @RequestParam(name = "cimzett", required = false) String kshCode,
			Model model) {
		InvitationCampaign campaign = this.campaigns.campaign(id);
		if (!model.containsAttribute("campaignForm")) {
			model.addAttribute("campaignForm", campaign.toForm());
		}
		if (!model.containsAttribute("selectionForm")) {
			model.addAttribute("selectionForm", RecipientSelectionForm.everyone());
		}
		return campaignPage(campaign, kshCode, model);
	}

	@PostMapping("/{id}")
	String describe(@PathVariable long id, @Valid @ModelAttribute("campaignForm") InvitationCampaignForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InvitationCampaign campaign = this.campaigns.campaign(id);
		if (campaign.isSent()) {
			redirect.addFlashAttribute("flashKey", "mail.campaign.alreadySent");
			return "redirect:/admin/meghivok/" + id + "/allapot";
		}
		if (!result.hasErrors()) {
			try {
				this.campaigns.describe(id, form);
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/meghivok/" + id;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		model.addAttribute("selectionForm", RecipientSelectionForm.everyone());
		return campaignPage(campaign, null, model);
	}

	/** The letter to the signed-in admin's own address, through the outbox. */
	@PostMapping("/{id}/proba")
	String sendTest(@PathVariable long id, @RequestParam(name = "cimzett", required = false) String kshCode,
			Principal admin, RedirectAttributes redirect) {
		this.campaigns.campaign(id);
		try {
			this.campaigns.sendTest(id, admin.getName(), this.campaigns.contact(kshCode));
			redirect.addFlashAttribute("flashKey", "mail.campaign.testSent");
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		boolean knownContact = kshCode != null && kshCode.matches("\\d{5}");
		return "redirect:/admin/meghivok/" + id + (knownContact ? "?cimzett=" + kshCode : "");
	}

	/** How many the selection reaches, to confirm before anything is sent. */
	@GetMapping("/{id}/kuldes")
	String confirm(@PathVariable long id, @Valid @ModelAttribute("selectionForm") RecipientSelectionForm selection,
			BindingResult result, Model model) {
		InvitationCampaign campaign = this.campaigns.campaign(id);
		if (campaign.isSent()) {
			return "redirect:/admin/meghivok/" + id + "/allapot";
		}
		AddressingCampaigns.Reach reach = checked(selection, result);
		if (result.hasErrors()) {
			model.addAttribute("campaignForm", campaign.toForm());
			return campaignPage(campaign, null, model);
		}
		return confirmPage(campaign, reach, false, model);
	}

	/**
	 * Sends once the office confirmed the count and, when the letter names another year
	 * or date than the conference's, that it means them ({@code datumokRendben}).
	 */
	@PostMapping("/{id}/kuldes")
	String send(@PathVariable long id, @Valid @ModelAttribute("selectionForm") RecipientSelectionForm selection,
			BindingResult result, @RequestParam(name = "datumokRendben", defaultValue = "false") boolean datesConfirmed,
			Model model, RedirectAttributes redirect) {
		InvitationCampaign campaign = this.campaigns.campaign(id);
		AddressingCampaigns.Reach reach = null;
		if (!campaign.isSent()) {
			reach = checked(selection, result);
			if (!result.hasErrors() && !datesConfirmed && !this.campaigns.foreignDates(campaign).isEmpty()) {
				return confirmPage(campaign, reach, true, model);
			}
		}
		if (!result.hasErrors()) {
			try {
				AddressingCampaigns.Sending sending = this.addressing.send(id, selection.toSelection());
				redirect.addFlashAttribute("flashKey",
						sending.alreadySent() ? "mail.campaign.alreadySent" : "mail.campaign.sending");
				return "redirect:/admin/meghivok/" + id + "/allapot";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		model.addAttribute("campaignForm", campaign.toForm());
		return campaignPage(campaign, null, model);
	}

	@GetMapping("/{id}/allapot")
	String progress(@PathVariable long id, @RequestParam(name = "frissites", required = false) String refresh,
			Model model, HttpServletResponse response) {
		InvitationCampaign campaign = this.campaigns.campaign(id);
		CampaignProgress.CampaignStatistics statistics = this.progress.statistics(id);
		boolean autoRefresh = (campaign.isSending() || statistics.waiting()) && !"ki".equals(refresh);
		if (autoRefresh) {
			response.setHeader("Refresh", Integer.toString(REFRESH_SECONDS));
		}
		model.addAttribute("campaign", campaign);
		model.addAttribute("statistics", statistics);
		model.addAttribute("autoRefresh", autoRefresh);
		model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		model.addAttribute("conference", this.campaigns.conference(campaign.getConferenceId()).orElse(null));
		return "campaign/admin/campaign-progress";
	}

	private AddressingCampaigns.@Nullable Reach checked(RecipientSelectionForm selection, BindingResult result) {
		if (selection.bandReversed()) {
			result.rejectValue("maxPopulation", "mail.campaign.selection.band");
		}
		if (result.hasErrors()) {
			return null;
		}
		AddressingCampaigns.Reach reach = this.addressing.reach(selection.toSelection());
		if (reach.recipients() == 0) {
			result.reject("mail.campaign.selection.empty");
		}
		return reach;
	}

	private String confirmPage(InvitationCampaign campaign, AddressingCampaigns.Reach reach, boolean datesUnconfirmed,
			Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("reach", reach);
		model.addAttribute("conference", this.campaigns.conference(campaign.getConferenceId()).orElse(null));
		model.addAttribute("foreignDates", this.campaigns.foreignDates(campaign));
		model.addAttribute("datesUnconfirmed", datesUnconfirmed);
		return "campaign/admin/campaign-confirm";
	}

	private String newCampaignPage(Model model) {
		model.addAttribute("conferences", this.campaigns.conferences());
		return "campaign/admin/campaign-new";
	}

	private String campaignPage(InvitationCampaign campaign, String kshCode, Model model) {
		List<MunicipalityContactView> contacts = this.campaigns.contacts();
		Optional<MunicipalityContactView> chosen = previewContact(kshCode, contacts);
		model.addAttribute("campaign", campaign);
		model.addAttribute("conference", this.campaigns.conference(campaign.getConferenceId()).orElse(null));
		model.addAttribute("foreignDates", campaign.isSent() ? List.of() : this.campaigns.foreignDates(campaign));
		model.addAttribute("contacts", contacts);
		model.addAttribute("previewContact", chosen.orElse(null));
		model.addAttribute("preview", this.campaigns.conference(campaign.getConferenceId()).isPresent()
				? this.campaigns.preview(campaign.getId(), chosen) : null);
		model.addAttribute("counties", this.addressing.counties());
		model.addAttribute("statuses", LegalStatus.values());
		return "campaign/admin/campaign";
	}

	/** The contact the letter is shown to: the one chosen, or the first when none is. */
	private Optional<MunicipalityContactView> previewContact(@Nullable String kshCode,
			List<MunicipalityContactView> contacts) {
		Optional<MunicipalityContactView> chosen = this.campaigns.contact(kshCode);
		if (chosen.isEmpty() && !contacts.isEmpty() && kshCode == null) {
			chosen = Optional.of(contacts.get(0));
		}
		return chosen;
	}

	private static Optional<Long> parseId(String text) {
		if (text == null || !text.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(text));
	}

}
