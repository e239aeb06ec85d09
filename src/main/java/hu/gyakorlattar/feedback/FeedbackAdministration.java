package hu.gyakorlattar.feedback;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static hu.gyakorlattar.shared.FileDownload.download;

/**
 * The programme office's view of a conference's survey: the summary page and its exports
 * for Excel.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FeedbackAdministration {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final FeedbackManagement feedback;

	private final FeedbackExports exports;

	FeedbackAdministration(FeedbackManagement feedback, FeedbackExports exports) {
		this.feedback = feedback;
		this.exports = exports;
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/visszajelzesek")
	String summary(@PathVariable long conferenceId, Model model) {
		model.addAttribute("summary", this.feedback.summary(conferenceId));
		return "feedback/summary";
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/visszajelzesek.csv")
	ResponseEntity<byte[]> csv(@PathVariable long conferenceId, Locale locale) {
		return download(this.exports.csv(this.feedback.summary(conferenceId), locale),
				"visszajelzesek-" + conferenceId + ".csv", "text/csv; charset=UTF-8");
	}

	@GetMapping("/admin/esemenyek/{conferenceId}/visszajelzesek.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long conferenceId, Locale locale) {
		return download(this.exports.xlsx(this.feedback.summary(conferenceId), locale),
				"visszajelzesek-" + conferenceId + ".xlsx", XLSX);
	}

}
