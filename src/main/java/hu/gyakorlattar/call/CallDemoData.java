package hu.gyakorlattar.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.ConditionalOnDemoData;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.HungarianWorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's calls on the first start of an empty database, with the eight Council of
 * Europe criteria on a 1–5 scale: the 2021 municipal innovations call with its real dates
 * (closed), and the current programme year's elderly care call, open for six weeks from
 * the day the application starts, so that a newcomer can apply at once.
 */
@Component
@Order(25)
@ConditionalOnDemoData
class CallDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CallDemoData.class);

	private static final String ELIGIBILITY_HU = "Települési önkormányzatok (a fővárosi kerületeket is beleértve) "
			+ "pályázhatnak olyan gyakorlattal, amely legalább egy éve hatékonyan, hatásosan, mások számára "
			+ "átvehető és megismételhető módon működik. Egy önkormányzat témakörönként egy pályázatot nyújthat be, "
			+ "a polgármester vagy meghatalmazott képviselője nyilatkozatával.";

	private static final String ELIGIBILITY_EN = "Local governments of settlements (Budapest districts included) "
			+ "may apply with a practice that has worked efficiently and effectively for at least a year, in a way "
			+ "others can take over and repeat. A municipality submits one application per theme, with the "
			+ "declaration of its mayor or an authorised representative.";

	private final CallRepository calls;

	private final CallManagement management;

	private final ProgrammeManagement programme;

	private final Clock clock;

	CallDemoData(CallRepository calls, CallManagement management, ProgrammeManagement programme, Clock clock) {
		this.calls = calls;
		this.management = management;
		this.programme = programme;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.calls.count() > 0) {
			return;
		}
		Optional<CycleView> invitationYear = this.programme.cycle(EvaluatedDemoCall.YEAR);
		Optional<CycleView> current = this.programme.currentCycle();
		if (invitationYear.isEmpty() || current.isEmpty()) {
			return;
		}
		theme(invitationYear.get(), EvaluatedDemoCall.THEME).ifPresent((theme) -> publish(theme,
				"A Legjobb Önkormányzati Gyakorlatok Programja 2021-ben olyan, már bizonyítottan működő "
						+ "önkormányzati innovációkat keres, amelyek a koronavírus-járvány utáni újrakezdésben "
						+ "segíthetik a többi önkormányzatot: új megoldásokat a helyi közszolgáltatásokban, az "
						+ "önkormányzati működésben és a helyi összefogásban.",
				"In 2021 the Best Municipal Practices Programme looks for proven municipal innovations that can "
						+ "help other municipalities restart after the COVID-19 pandemic: new solutions in local "
						+ "public services, municipal administration and local cooperation.",
				LocalDate.of(2021, 5, 31), LocalDate.of(2021, 6, 30)));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		theme(current.get(), "Önkormányzati idősellátás").ifPresent((theme) -> publish(theme,
				"Önkormányzati jó gyakorlatokat keresünk az idősek ellátásában, gondozásában és közösségi "
						+ "életében: olyan megoldásokat, amelyek a járvány után is segítik az idősek biztonságát, "
						+ "egészségét és kapcsolatait.",
				"We look for good municipal practices in caring for older people and keeping them part of the "
						+ "community, during and after the pandemic.",
				today, HungarianWorkingDays.onOrAfter(today.plusWeeks(6))));
		log.info("Demo calls written: {} (over) and {} (open)", EvaluatedDemoCall.YEAR, current.get().year());
	}

	private void publish(ThemeView theme, String textHu, String textEn, LocalDate opens, LocalDate deadline) {
		CallView call = this.management
			.create(new CallForm(theme.id(), textHu, textEn, ELIGIBILITY_HU, ELIGIBILITY_EN, opens, LocalTime.MIDNIGHT,
					deadline, LocalTime.of(23, 59), 1, 5, CallForm.defaultSections(), CallForm.defaultCriteria()));
		this.management.publish(call.id());
	}

	private static Optional<ThemeView> theme(CycleView cycle, String nameHu) {
		return cycle.themes().stream().filter((theme) -> theme.name().hu().equals(nameHu)).findFirst();
	}

}
