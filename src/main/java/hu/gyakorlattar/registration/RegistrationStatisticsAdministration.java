package hu.gyakorlattar.registration;

import java.util.Locale;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The programme office's statistics of a conference's registrations: who came from where,
 * as tables with bars, a county map and the registrations since the invitation.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegistrationStatisticsAdministration {

	private final RegistrationStatistics statistics;

	private final ConferenceManagement conferences;

	private final RegistrationExports exports;

	RegistrationStatisticsAdministration(RegistrationStatistics statistics, ConferenceManagement conferences,
			RegistrationExports exports) {
		this.statistics = statistics;
		this.conferences = conferences;
		this.exports = exports;
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/statisztika")
	String statistics(@PathVariable long conferenceId, Model model) {
		ConferenceView conference = this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		model.addAttribute("conference", conference);
		model.addAttribute("statistics", this.statistics.of(conference));
		return "registration/admin/statistics";
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/statisztika.csv")
	ResponseEntity<byte[]> csv(@PathVariable long conferenceId, Locale locale) {
		ConferenceView conference = this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("statisztika-" + conferenceId + ".csv").build().toString())
			.body(this.exports.statisticsCsv(this.statistics.of(conference), locale));
	}

}
