package hu.gyakorlattar.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import hu.gyakorlattar.shared.ConditionalOnDemoData;
import hu.gyakorlattar.shared.HungarianFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 2021 programme year as the invitation describes it: four themes and the eleven
 * steering committee members; and the year of the first start with the same themes and
 * committee (less the ministries dissolved since), whose call is open and whose
 * conference is ahead, so that what happens now does not belong to 2021. Written once, on
 * the first start of an empty database, unless {@code gyakorlattar.demo-data=false}.
 */
@Component
@Order(10)
@ConditionalOnDemoData
class ProgrammeDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);

	/**
	 * The year of the invitation the demo data retells (its call, conference and
	 * results).
	 */
	private static final int INVITATION_YEAR = 2021;

	/** The year the government formed in May dissolved EMMI and ITM. */
	private static final int MINISTRIES_REORGANISED = 2022;

	private static final Set<String> DISSOLVED_MINISTRIES = Set.of("EMMI", "ITM");

	private final CycleRepository cycles;

	private final Clock clock;

	ProgrammeDemoData(CycleRepository cycles, Clock clock) {
		this.cycles = cycles;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.cycles.count() > 0) {
			return;
		}
		Cycle invitationYear = withThemesAndCommittee(new Cycle(INVITATION_YEAR));
		invitationYear.describe(new CycleForm(INVITATION_YEAR, "Legjobb Önkormányzati Gyakorlatok Programja 2021",
				"Best Municipal Practices Programme 2021",
				"A 2021-es pályázati szakasz olyan, már bizonyítottan működő önkormányzati gyakorlatokat keres, "
						+ "amelyek a koronavírus-járvány utáni újrakezdésben segíthetik a többi önkormányzatot. "
						+ "A pályázati szakaszban mind a négy témakörben online konferenciát tartunk.",
				"The 2021 call looks for proven municipal practices that can help other municipalities restart "
						+ "after the COVID-19 pandemic. One online conference is held in each of the four themes."));
		write(invitationYear);
		int thisYear = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).getYear();
		if (thisYear > INVITATION_YEAR) {
			Cycle current = withThemesAndCommittee(new Cycle(thisYear));
			current.describe(new CycleForm(thisYear, "Legjobb Önkormányzati Gyakorlatok Programja " + thisYear,
					"Best Municipal Practices Programme " + thisYear,
					"A " + thisYear + ". évi pályázati szakasz elsőként az önkormányzati idősellátás bevált "
							+ "gyakorlatait keresi: a felhívás nyitva áll, és a témakör online konferenciáján "
							+ "önkormányzatok mutatják be megoldásaikat.",
					"The " + thisYear + " call first looks for proven practices in municipal elderly care: the "
							+ "call is open, and at the theme's online conference municipalities present their "
							+ "solutions."));
			write(current);
		}
	}

	private void write(Cycle cycle) {
		this.cycles.save(cycle);
		log.info("Demo data: the {} programme year with {} themes and {} committee members", cycle.getYear(),
				cycle.getThemes().size(), cycle.getCommittee().size());
	}

	/**
	 * The four themes and the eleven members of the invitation's steering committee; a
	 * year after the 2022 reorganisation of the ministries goes without the two that it
	 * dissolved, so that a letter of that year does not name them.
	 */
	private static Cycle withThemesAndCommittee(Cycle cycle) {
		cycle.addTheme(new ThemeForm("Önkormányzati idősellátás", "Municipal elderly care",
				"Önkormányzati jó gyakorlatok az idősek ellátásában, gondozásában és közösségi életében.",
				"Good municipal practices in caring for older people and keeping them part of the community.",
				"Belügyminisztérium", "Ministry of the Interior"));
		cycle.addTheme(new ThemeForm("Bűnmegelőzés, közbiztonság", "Crime prevention and public safety",
				"Helyi közbiztonsági és bűnmegelőzési jó gyakorlatok, a polgárőrséggel és a lakossággal együtt.",
				"Local public-safety and crime-prevention practices, together with civil guards and residents.",
				"Belügyminisztérium", "Ministry of the Interior"));
		cycle.addTheme(new ThemeForm("Társadalmi felzárkózás", "Social inclusion",
				"A szegénység elleni küzdelem és a társadalmi felzárkózás hatékony helyi módszerei.",
				"Effective local methods against poverty and for social inclusion.", "Belügyminisztérium",
				"Ministry of the Interior"));
		boolean beforeReorganisation = cycle.getYear() < MINISTRIES_REORGANISED;
		cycle.addTheme(new ThemeForm("Önkormányzati innovációk", "Municipal innovations",
				"Új megoldások a helyi közszolgáltatásokban, az önkormányzati működésben és a helyi összefogásban.",
				"New solutions in local public services, municipal administration and local cooperation.",
				beforeReorganisation ? "Innovációs és Technológiai Minisztérium" : "",
				beforeReorganisation ? "Ministry for Innovation and Technology" : ""));
		Stream
			.of(member("Belügyminisztérium", "Ministry of the Interior", "BM", CommitteeMember.Kind.MINISTRY),
					member("Emberi Erőforrások Minisztériuma", "Ministry of Human Capacities", "EMMI",
							CommitteeMember.Kind.MINISTRY),
					member("Innovációs és Technológiai Minisztérium", "Ministry for Innovation and Technology", "ITM",
							CommitteeMember.Kind.MINISTRY),
					member("Autonómia Alapítvány", "Autonómia Foundation", "", CommitteeMember.Kind.NGO),
					member("Biztonságos és Élhető Városokért Egyesület", "Association for Safe and Liveable Cities",
							"BEVE", CommitteeMember.Kind.NGO),
					member("Homo Oecologicus Alapítvány", "Homo Oecologicus Foundation", "", CommitteeMember.Kind.NGO),
					member("Kisvárosok Szövetsége", "Association of Small Towns", "",
							CommitteeMember.Kind.MUNICIPAL_ASSOCIATION),
					member("Magyar Faluszövetség", "Hungarian Village Association", "",
							CommitteeMember.Kind.MUNICIPAL_ASSOCIATION),
					member("Magyar Önkormányzatok Szövetsége", "Association of Hungarian Local Governments", "MÖSZ",
							CommitteeMember.Kind.MUNICIPAL_ASSOCIATION),
					member("Országos Polgárőr Szövetség", "National Civil Guard Association", "OPSZ",
							CommitteeMember.Kind.NGO),
					member("Települési Önkormányzatok Országos Szövetsége",
							"Hungarian National Association of Local Authorities", "TÖOSZ",
							CommitteeMember.Kind.MUNICIPAL_ASSOCIATION))
			.filter((member) -> beforeReorganisation || !DISSOLVED_MINISTRIES.contains(member.abbreviation()))
			.forEach(cycle::addMember);
		return cycle;
	}

	private static CommitteeMemberForm member(String hungarian, String english, String abbreviation,
			CommitteeMember.Kind kind) {
		return new CommitteeMemberForm(hungarian, english, abbreviation, kind, null);
	}

}
