package hu.gyakorlattar.impact;

import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.shared.FileDownload;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The yearly impact report, public: a page per programme year and the same report as a
 * tagged PDF in the visitor's language, for the committee to hand to the ministries.
 */
@Controller
@PreAuthorize("permitAll()")
class ImpactReportPages {

	private final ImpactReporting reporting;

	private final MessageSource messages;

	ImpactReportPages(ImpactReporting reporting, MessageSource messages) {
		this.reporting = reporting;
		this.messages = messages;
	}

	/**
	 * The report of the latest programme year with published practices: a year whose call
	 * is still open has nothing to report yet.
	 */
	@GetMapping("/hatas")
	String latest() {
		List<Integer> years = this.reporting.years();
		return years.stream()
			.filter(this.reporting::hasPublishedPractices)
			.findFirst()
			.or(() -> years.stream().findFirst())
			.map((year) -> "redirect:/hatas/" + year)
			.orElseThrow(NotFound::new);
	}

	@GetMapping("/hatas/{year}")
	String report(@PathVariable int year, Model model) {
		model.addAttribute("report", this.reporting.of(year).orElseThrow(NotFound::new));
		model.addAttribute("years", this.reporting.years());
		return "impact/report";
	}

	@GetMapping("/hatas/{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
		byte[] pdf = this.reporting.printed(year, locale).orElseThrow(NotFound::new);
		return FileDownload.download(pdf, this.messages.getMessage("impact.report.file", new Object[] { year }, locale),
				"application/pdf");
	}

}
