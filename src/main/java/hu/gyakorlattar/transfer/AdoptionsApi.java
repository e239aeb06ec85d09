package hu.gyakorlattar.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import hu.gyakorlattar.shared.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transfer ledger as open data: which municipality took up which practice, how far it
 * came, and what its check-ins reported. No personal data: no contact, no mentor, no
 * account; the plan stays on the site.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Transfers",
		description = "Where the programme's practices have been taken up, and what came of it. Open data under "
				+ "CC BY 4.0 (attribution: \"Legjobb Önkormányzati Gyakorlatok Programja – Gyakorlattár\", "
				+ "https://creativecommons.org/licenses/by/4.0/); municipalities are named by their KSH code.")
class AdoptionsApi {

	private static final String LICENCE = "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/";

	private final TransferLedger ledger;

	private final String baseUrl;

	AdoptionsApi(TransferLedger ledger, SiteAddress site) {
		this.ledger = ledger;
		this.baseUrl = site.baseUrl();
	}

	@GetMapping(path = "/api/adoptions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every transfer of a published practice",
			description = "Each municipality that took up a practice, in the order they started: the practice, the "
					+ "origin and adopting municipalities (KSH codes), the status (CONSIDERING, ADAPTING, RUNNING, "
					+ "STOPPED, with the reason when stopped) and the answered check-ins (6 and 12 months after the "
					+ "start) with the practice's outcome indicators and a sentence of lessons. Contains no personal "
					+ "data.")
	@ApiResponse(responseCode = "200", description = "The transfers, oldest first")
	Adoptions adoptions() {
		return new Adoptions(LICENCE, this.ledger.all().stream().map(this::adoption).toList());
	}

	private Adoption adoption(TransferView transfer) {
		return new Adoption(transfer.id(), transfer.practiceSlug(), transfer.practiceTitle(),
				this.baseUrl + "/gyakorlatok/" + transfer.practiceSlug(), transfer.originKshCodes(), transfer.kshCode(),
				transfer.municipalityName(), transfer.status(), day(transfer.startedAt()),
				day(transfer.statusChangedAt()), transfer.stopReason(),
				transfer.answeredCheckIns()
					.stream()
					.map((checkIn) -> new CheckInReport(checkIn.monthsAfter(), day(checkIn.answeredAt()),
							checkIn.reportedStatus(),
							checkIn.outcomes()
								.stream()
								.map((outcome) -> new Outcome(outcome.indicator(), outcome.unit(), outcome.value()))
								.toList(),
							checkIn.lessons()))
					.toList());
	}

	private static LocalDate day(java.time.Instant instant) {
		return LocalDate.ofInstant(instant, HungarianFormats.BUDAPEST);
	}

	record Adoptions(String licence, List<Adoption> items) {

	}

	record Adoption(long id, String practiceSlug, String practiceTitle, String practiceUrl, List<String> originKshCodes,
			String adopterKshCode, String adopterName, TransferStatus status, LocalDate startedOn,
			LocalDate statusChangedOn, String stopReason, List<CheckInReport> checkIns) {

	}

	record CheckInReport(int monthsAfter, LocalDate answeredOn, TransferStatus status, List<Outcome> outcomes,
			String lessons) {

	}

	record Outcome(String indicator, String unit, BigDecimal value) {

	}

}
