package hu.gyakorlattar.registration;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PersonName;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.jspecify.annotations.Nullable;

import static hu.gyakorlattar.shared.FileDownload.download;

/**
 * The programme office's view of a conference's registrations: searched and filtered by
 * status, exported for Excel, with when the day-before links go out and whose went out
 * when, and one registrant's link sent again.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegistrationAdministration {

	private final RegistrationLists registrations;

	private final ConferenceManagement conferences;

	private final RegistrationExports exports;

	private final AttendanceCertificates certificates;

	private final ResendingJoinLinks links;

	private final RegistrationProperties properties;

	private final Clock clock;

	RegistrationAdministration(RegistrationLists registrations, ConferenceManagement conferences,
			RegistrationExports exports, AttendanceCertificates certificates, ResendingJoinLinks links,
			RegistrationProperties properties, Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.exports = exports;
		this.certificates = certificates;
		this.links = links;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/regisztraciok")
	String list(@PathVariable long conferenceId, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "status", required = false) String status, Model model) {
		ConferenceView conference = this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		List<RegistrationRow> all = this.registrations.registrationsOf(conferenceId);
		RegistrationStatus wanted = status(status);
		Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
		for (RegistrationStatus each : RegistrationStatus.values()) {
			counts.put(each, all.stream().filter((row) -> row.status() == each).count());
		}
		model.addAttribute("conference", conference);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("rows", filtered(all, query, wanted));
		model.addAttribute("total", all.size());
		model.addAttribute("counts", counts);
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("status", wanted);
		// The day-before send: when it is due, and of those holding a place, whose link
		// went out and whose is still due.
		model.addAttribute("linksDueAt", this.properties.linkSendAt(conference));
		model.addAttribute("linksSent",
				all.stream().filter((row) -> row.status().holdsPlace() && row.joinLinkSentAt() != null).count());
		model.addAttribute("linksDue",
				all.stream().filter((row) -> row.status().holdsPlace() && row.joinLinkSentAt() == null).count());
		model.addAttribute("municipalities",
				all.stream()
					.filter((row) -> row.status() != RegistrationStatus.CANCELLED && row.municipalityKshCode() != null)
					.map(RegistrationRow::municipalityKshCode)
					.distinct()
					.count());
		return "registration/admin/list";
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/regisztraciok.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long conferenceId, Locale locale) {
		this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		return download(this.exports.xlsx(this.registrations.registrationsOf(conferenceId), locale),
				"regisztraciok-" + conferenceId + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/regisztraciok.csv")
	ResponseEntity<byte[]> csv(@PathVariable long conferenceId, Locale locale) {
		this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		return download(this.exports.csv(this.registrations.registrationsOf(conferenceId), locale),
				"regisztraciok-" + conferenceId + ".csv", "text/csv; charset=UTF-8");
	}

	/**
	 * Sends one registrant's join link again; a second click within the minute sends
	 * nothing. 404 for a registration of another conference.
	 */
	@PostMapping("/admin/esemenyek/{conferenceId}/regisztraciok/{registrationId}/belepesi-link")
	String resendLink(@PathVariable long conferenceId, @PathVariable long registrationId, RedirectAttributes redirect) {
		ResendingJoinLinks.Outcome outcome = this.links.resend(conferenceId, registrationId);
		redirect.addFlashAttribute("flashKey", switch (outcome) {
			case SENT -> "registration.admin.link.resent";
			case JUST_SENT -> "registration.admin.link.justSent";
			case IMPOSSIBLE -> "registration.admin.link.impossible";
		});
		return "redirect:/admin/esemenyek/" + conferenceId + "/regisztraciok";
	}

	/** A participant's attendance certificate; 404 for one who did not attend. */
	@GetMapping("/admin/esemenyek/{conferenceId}/regisztraciok/{registrationId}/igazolas.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long conferenceId, @PathVariable long registrationId,
			Locale locale) {
		return download(this.certificates.forOffice(conferenceId, registrationId, locale),
				"reszveteli-igazolas-" + registrationId + ".pdf", MediaType.APPLICATION_PDF_VALUE);
	}

	private static List<RegistrationRow> filtered(List<RegistrationRow> all, String query, RegistrationStatus status) {
		String folded = StringUtils.hasText(query) ? HungarianFormats.fold(query.strip()) : null;
		return all.stream()
			.filter((row) -> status == null || row.status() == status)
			.filter((row) -> folded == null
					|| HungarianFormats.fold(row.name() + " " + row.email() + " " + row.from() + " " + row.post())
						.contains(folded))
			.sorted(Comparator.comparing(RegistrationRow::name, PersonName.hungarianOrder()))
			.toList();
	}

	private static @Nullable RegistrationStatus status(@Nullable String status) {
		for (RegistrationStatus each : RegistrationStatus.values()) {
			if (each.name().equals(status)) {
				return each;
			}
		}
		return null;
	}

}
