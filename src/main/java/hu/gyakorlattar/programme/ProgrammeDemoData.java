package hu.gyakorlattar.programme;

import java.util.List;

import hu.gyakorlattar.shared.ConditionalOnDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 2021 programme year as the invitation describes it: four themes and the eleven
 * steering committee members. Written once, on the first start of an empty database,
 * unless {@code gyakorlattar.demo-data=false}.
 */
@Component
@Order(10)
@ConditionalOnDemoData
class ProgrammeDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeDemoData.class);

	private final CycleRepository cycles;

	ProgrammeDemoData(CycleRepository cycles) {
		this.cycles = cycles;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.cycles.count() > 0) {
			return;
		}
		Cycle cycle = new Cycle(2021);
		cycle.describe(new CycleForm(2021, "Legjobb Önkormányzati Gyakorlatok Programja 2021",
				"Best Municipal Practices Programme 2021",
				"A 2021-es pályázati szakasz olyan, már bizonyítottan működő önkormányzati gyakorlatokat keres, "
						+ "amelyek a koronavírus-járvány utáni újrakezdésben segíthetik a többi önkormányzatot. "
						+ "A pályázati szakaszban mind a négy témakörben online konferenciát tartunk.",
				"The 2021 call looks for proven municipal practices that can help other municipalities restart "
						+ "after the COVID-19 pandemic. One online conference is held in each of the four themes."));
		cycle.addTheme(new ThemeForm("Önkormányzati idősellátás", "Municipal elderly care",
				"Önkormányzati jó gyakorlatok az idősek ellátásában, gondozásában és közösségi életében.",
				"Good municipal practices in caring for older people and keeping them part of the community.",
				"Belügyminisztérium", "Ministry of Interior"));
		cycle.addTheme(new ThemeForm("Bűnmegelőzés, közbiztonság", "Crime prevention and public safety",
				"Helyi közbiztonsági és bűnmegelőzési jó gyakorlatok, a polgárőrséggel és a lakossággal együtt.",
				"Local public-safety and crime-prevention practices, together with civil guards and residents.",
				"Belügyminisztérium", "Ministry of Interior"));
		cycle.addTheme(new ThemeForm("Társadalmi felzárkózás", "Social inclusion",
				"A szegénység elleni küzdelem és a társadalmi felzárkózás hatékony helyi módszerei.",
				"Effective local methods against poverty and for social inclusion.", "Belügyminisztérium",
				"Ministry of Interior"));
		cycle.addTheme(new ThemeForm("Önkormányzati innovációk", "Municipal innovations",
				"Új megoldások a helyi közszolgáltatásokban, az önkormányzati működésben és a helyi összefogásban.",
				"New solutions in local public services, municipal administration and local cooperation.",
				"Innovációs és Technológiai Minisztérium", "Ministry for Innovation and Technology"));
		List.of(member("Belügyminisztérium", "Ministry of Interior", "BM", CommitteeMember.Kind.MINISTRY),
				member("Emberi Erőforrások Minisztériuma", "Ministry of Human Capacities", "EMMI",
						CommitteeMember.Kind.MINISTRY),
				member("Innovációs és Technológiai Minisztérium", "Ministry for Innovation and Technology", "ITM",
						CommitteeMember.Kind.MINISTRY),
				member("Autonómia Alapítvány", "Autonómia Foundation", "", CommitteeMember.Kind.NGO),
				member("Biztonságos és Élhető Városokért Egyesület", "Association for Safe and Liveable Cities", "BEVE",
						CommitteeMember.Kind.NGO),
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
			.forEach(cycle::addMember);
		this.cycles.save(cycle);
		log.info("Demo data: the 2021 programme cycle with {} themes and {} committee members",
				cycle.getThemes().size(), cycle.getCommittee().size());
	}

	private static CommitteeMemberForm member(String hungarian, String english, String abbreviation,
			CommitteeMember.Kind kind) {
		return new CommitteeMemberForm(hungarian, english, abbreviation, kind, null);
	}

}
