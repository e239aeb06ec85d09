package hu.gyakorlattar.call;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published calls: a listing per cycle, each call's page with its form and criteria,
 * and the call as a PDF.
 */
@Controller
@RequestMapping("/felhivasok")
@PreAuthorize("permitAll()")
class CallPages {

	private final CallManagement calls;

	private final ProgrammeManagement programme;

	private final Clock clock;

	CallPages(CallManagement calls, ProgrammeManagement programme, Clock clock) {
		this.calls = calls;
		this.programme = programme;
		this.clock = clock;
	}

	@GetMapping
	String calls(@RequestParam(name = "ev", required = false) Integer year, Model model) {
		List<Integer> years = this.calls.yearsWithPublishedCalls();
		int shown = (year != null) ? year
				: this.programme.currentCycle().map((cycle) -> cycle.year()).orElse(years.isEmpty() ? 0 : years.get(0));
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("cycle", this.programme.cycle(shown).orElse(null));
		model.addAttribute("calls", this.calls.published(shown));
		model.addAttribute("now", this.clock.instant());
		return "call/calls";
	}

	@GetMapping("/{callId}")
	String call(@PathVariable long callId, Model model) {
		model.addAttribute("call", this.calls.findPublished(callId).orElseThrow(NotFound::new));
		model.addAttribute("now", this.clock.instant());
		return "call/call";
	}

	@GetMapping("/{callId}/felhivas.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long callId, Locale locale) {
		CallView call = this.calls.findPublished(callId).orElseThrow(NotFound::new);
		return pdf(call, this.calls.pdf(call, locale));
	}

	static ResponseEntity<byte[]> pdf(CallView call, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"felhivas-" + call.cycleYear() + "-" + call.id() + ".pdf\"")
			.body(pdf);
	}

}
