package hu.gyakorlattar.impact;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.PdfDocuments;
import hu.gyakorlattar.transfer.TransferLedger;
import hu.gyakorlattar.transfer.TransferView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles a programme year's impact report for the web page and its tagged PDF, reading
 * the year's practices, their transfers and the municipalities of both at once each.
 */
@Service
@Transactional(readOnly = true)
class ImpactReporting {

	private final ProgrammeManagement programme;

	private final PracticeManagement practices;

	private final TransferLedger ledger;

	private final MunicipalityDirectory directory;

	private final PdfDocuments pdfs;

	private final Clock clock;

	ImpactReporting(ProgrammeManagement programme, PracticeManagement practices, TransferLedger ledger,
			MunicipalityDirectory directory, PdfDocuments pdfs, Clock clock) {
		this.programme = programme;
		this.practices = practices;
		this.ledger = ledger;
		this.directory = directory;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	/** The report of a programme year, its content in both languages. */
	Optional<ImpactReport> of(int year) {
		return this.programme.cycle(year).map((cycle) -> {
			Map<Long, Bilingual> themes = cycle.themes()
				.stream()
				.collect(
						Collectors.toMap(ThemeView::id, ThemeView::name, (first, second) -> first, LinkedHashMap::new));
			List<PublishedPractice> published = this.practices.publishedPractices(year);
			List<TransferView> transfers = this.ledger.ofPractices(published);
			Set<String> municipalities = Stream
				.concat(published.stream().flatMap((practice) -> practice.ownerKshCodes().stream()),
						transfers.stream().map(TransferView::kshCode))
				.collect(Collectors.toSet());
			return ImpactReport.compile(year, themes, published, transfers, this.directory.findAll(municipalities),
					this.clock.instant());
		});
	}

	/** The report of a programme year as a tagged PDF in this language. */
	Optional<byte[]> printed(int year, Locale locale) {
		return of(year).map((report) -> this.pdfs.render("impact/report", Map.of("report", report), locale));
	}

	/** Whether the year has a published practice, and so something to report. */
	boolean hasPublishedPractices(int year) {
		return this.practices.hasPublishedPractices(year);
	}

	/** The programme years, latest first, for choosing a report. */
	List<Integer> years() {
		return this.programme.allCycles().stream().map(CycleView::year).toList();
	}

}
