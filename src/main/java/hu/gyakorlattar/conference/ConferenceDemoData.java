package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.Bilingual;
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
 * Two conferences on the first start of an empty database: the 22 June 2021 conference
 * exactly as the invitation gives it (its typos corrected), and one of the current
 * programme year on the first working day three weeks or more after the day the
 * application starts, open for registration, so that a newcomer can try the whole
 * registration story at once.
 */
@Component
@Order(20)
@ConditionalOnDemoData
class ConferenceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ConferenceDemoData.class);

	private static final Bilingual COORDINATOR_POST = new Bilingual("szakértő, programkoordinátor",
			"expert, programme coordinator");

	private static final Bilingual PROGRAMME = new Bilingual("Legjobb Önkormányzati Gyakorlatok Programja",
			"Best Municipal Practices Programme");

	private static final Bilingual NO_BIO = new Bilingual("", "");

	private final ConferenceRepository conferences;

	private final ConferenceManagement management;

	private final ProgrammeManagement programme;

	private final Clock clock;

	ConferenceDemoData(ConferenceRepository conferences, ConferenceManagement management, ProgrammeManagement programme,
			Clock clock) {
		this.conferences = conferences;
		this.management = management;
		this.programme = programme;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.conferences.count() > 0) {
			return;
		}
		Optional<CycleView> invitationYear = this.programme.cycle(2021);
		Optional<CycleView> current = this.programme.currentCycle();
		if (invitationYear.isEmpty() || current.isEmpty()) {
			return;
		}
		innovationConference2021(invitationYear.get());
		elderlyCareConferenceAhead(current.get());
		log.info("Demo conferences written: 22 June 2021 and one open for registration");
	}

	private void innovationConference2021(CycleView cycle) {
		LocalDate day = LocalDate.of(2021, 6, 22);
		Conference conference = this.management.create(new ConferenceForm(2021,
				themeNamed(cycle, "Önkormányzati innovációk"), "Önkormányzati innovációk és jó gyakorlatok",
				"A Legjobb Önkormányzati Gyakorlatok programja 2021-es szakaszának online konferenciája. "
						+ "Célunk, hogy élő tudásbázisként segíthessük az önkormányzatokat a jobb hatékonyság "
						+ "és új megoldások érdekében. A konferencia célja, hogy feltárjuk, pontosítsuk a "
						+ "témaköreinket, beszélgessünk a jövőbeni lehetőségekről, tervekről, és inspirációkat "
						+ "nyújtsunk és gyűjtsünk egymástól egymásnak.",
				day, LocalTime.of(10, 0), LocalTime.of(13, 0), 30, 300, LocalDateTime.of(2021, 6, 7, 9, 0),
				LocalDateTime.of(2021, 6, 21, 9, 0), null, MeetingKind.LINK, "https://us02web.zoom.us/j/85462210622",
				"Municipal innovations and good practices",
				"The online conference of the 2021 round of the Best Municipal Practices Programme. We aim to "
						+ "help municipalities as a living knowledge base towards greater efficiency and new "
						+ "solutions. The conference sets out to explore and refine our themes, to talk about "
						+ "future opportunities and plans, and to give and gather inspiration from one another."));
		long id = conference.getId();
		long zongor = person(id, "Dr.", "Zongor", "Gábor", COORDINATOR_POST, PROGRAMME,
				new Bilingual("A Legjobb Önkormányzati Gyakorlatok programjának szakértője, a program koordinátora.",
						"Expert and coordinator of the Best Municipal Practices Programme."));
		long hugyak = person(id, "", "Hugyák", "István", new Bilingual("főosztályvezető", "head of department"),
				new Bilingual(
						"Innovációs és Technológiai Minisztérium, Innovációért Felelős Végrehajtási és Elemzési Főosztály",
						"Ministry for Innovation and Technology, Department for Innovation Implementation and Analysis"),
				NO_BIO);
		long magyar = person(id, "", "Magyar", "Dániel", new Bilingual("igazgató", "director"),
				new Bilingual("Eötvös Loránd Tudományegyetem Innovációs Központ",
						"Eötvös Loránd University, Innovation Center"),
				NO_BIO);
		long gyergyak = person(id, "Dr.", "Gyergyák", "Ferenc", new Bilingual("főtitkár", "secretary general"),
				new Bilingual("Települési Önkormányzatok Országos Szövetsége",
						"Hungarian National Association of Local Authorities (TÖOSZ)"),
				NO_BIO);
		long simon = person(id, "", "Simon", "Erika", new Bilingual("alpolgármester", "deputy mayor"),
				new Bilingual("Szada Nagyközség Önkormányzata", "Municipality of Szada"),
				new Bilingual("A LÖGY 2020. évi győztes pályázatának menedzsere.",
						"She managed the winning entry of the programme's 2020 round."));
		this.management.describe(id, withModerator(conference.toForm(), zongor));

		item(id, "9:30", "10:00", AgendaItemKind.TECH_HELP,
				new Bilingual(
						"Technikai segítségnyújtás azoknak, akik igénylik: belépés a konferencia virtuális termébe "
								+ "(nem kell letölteni programot, böngészőn keresztül is működik), videó és hang "
								+ "működésének kipróbálása",
						"Technical help for those who need it: entering the conference's virtual room (no program to "
								+ "download, it works in the browser), trying out video and sound"));
		item(id, "10:00", "10:25", AgendaItemKind.WELCOME,
				new Bilingual(
						"Köszöntő, bevezető – a Legjobb Önkormányzati Gyakorlatok programjának, idei pályázati "
								+ "felhívásának bemutatása",
						"Welcome and introduction – the Best Municipal Practices Programme and this year's call "
								+ "for applications"),
				zongor);
		item(id, "10:25", "10:55", AgendaItemKind.TALK,
				new Bilingual("A társadalmi innováció szerepe és jelentősége a mai világunkban",
						"The role and importance of social innovation in today's world"),
				hugyak);
		questions(id, "10:55", "11:05");
		item(id, "11:05", "11:25", AgendaItemKind.TALK,
				new Bilingual("A Társadalmi Innovációs Nemzeti Laboratórium (TINLAB) projekt bemutatása",
						"Introducing the National Laboratory for Social Innovation (TINLAB) project"),
				magyar);
		questions(id, "11:25", "11:35");
		item(id, "11:35", "11:55", AgendaItemKind.TALK,
				new Bilingual("A TÖOSZ innovációs programjai: miért és hogyan kapcsolódhatnak be az önkormányzatok?",
						"The innovation programmes of TÖOSZ: why and how can municipalities join?"),
				gyergyak);
		questions(id, "11:55", "12:05");
		item(id, "12:05", "12:25", AgendaItemKind.TALK,
				new Bilingual("Milyen hatása van az innovációnak az önkormányzatok életében?",
						"What difference does innovation make in the life of municipalities?"),
				simon);
		questions(id, "12:25", "12:45");
		item(id, "12:45", "12:50", AgendaItemKind.CLOSING, new Bilingual("Zárszó", "Closing words"), zongor);
		this.management.publish(id);
	}

	/** An example ahead of today; its speakers are invented for the demo. */
	private void elderlyCareConferenceAhead(CycleView cycle) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		LocalDate day = HungarianWorkingDays.onOrAfter(today.plusWeeks(3));
		Conference conference = this.management.create(new ConferenceForm(cycle.year(),
				themeNamed(cycle, "Önkormányzati idősellátás"), "Jó gyakorlatok az önkormányzati idősellátásban",
				"Bemutatkozó példák arról, hogyan tartják meg az önkormányzatok az időseket a közösség "
						+ "életében: jelzőrendszeres segítségnyújtás, közösségi gondoskodás, digitális "
						+ "készségek. Ez a konferencia a bemutató adatok része.",
				day, LocalTime.of(10, 0), LocalTime.of(12, 30), 30, 250, today.minusDays(1).atTime(9, 0),
				HungarianWorkingDays.lastBefore(day).atTime(12, 0), null, MeetingKind.LINK,
				"https://meet.jit.si/gyakorlattar-idosellatas", "Good practices in municipal care for older people",
				"Examples of how municipalities keep older people part of community life: alarm-based home "
						+ "care, community care, digital skills. This conference is part of the demo data."));
		long id = conference.getId();
		long zongor = person(id, "Dr.", "Zongor", "Gábor", COORDINATOR_POST, PROGRAMME, NO_BIO);
		long first = person(id, "", "Kertész", "Judit",
				new Bilingual("szociális irodavezető", "head of the social affairs office"),
				new Bilingual("Példafalva Község Önkormányzata", "Municipality of Példafalva"), NO_BIO);
		long second = person(id, "Dr.", "Bodnár", "Tamás", new Bilingual("polgármester", "mayor"),
				new Bilingual("Mintaváros Önkormányzata", "Municipality of Mintaváros"), NO_BIO);
		this.management.describe(id, withModerator(conference.toForm(), zongor));
		item(id, "9:30", "10:00", AgendaItemKind.TECH_HELP,
				new Bilingual("Technikai segítségnyújtás: belépés a virtuális terembe, kép és hang kipróbálása",
						"Technical help: entering the virtual room, trying out picture and sound"));
		item(id, "10:00", "10:15", AgendaItemKind.WELCOME,
				new Bilingual("Köszöntő, a program bemutatása", "Welcome and introduction to the programme"), zongor);
		item(id, "10:15", "10:45", AgendaItemKind.TALK,
				new Bilingual("Jelzőrendszer és szomszédsegítés egy kistelepülésen",
						"Alarm systems and neighbourly help in a small village"),
				first);
		questions(id, "10:45", "11:00");
		item(id, "11:00", "11:30", AgendaItemKind.TALK,
				new Bilingual("Digitális készségek időskorban: a városi klubhálózat",
						"Digital skills in later life: the town's network of clubs"),
				second);
		questions(id, "11:30", "12:15");
		item(id, "12:15", "12:30", AgendaItemKind.CLOSING, new Bilingual("Zárszó", "Closing words"), zongor);
		this.management.publish(id);
	}

	private long person(long conferenceId, String prefix, String family, String given, Bilingual post,
			Bilingual organisation, Bilingual bio) {
		return this.management
			.addPerson(conferenceId,
					new PersonForm(prefix, family, given, post.hu(), organisation.hu(), bio.hu(), post.en(),
							organisation.en(), bio.en()),
					null)
			.getId();
	}

	private void item(long conferenceId, String start, String end, AgendaItemKind kind, Bilingual title,
			Long... speakers) {
		this.management.addAgendaItem(conferenceId, new AgendaItemForm(LocalTime.parse(pad(start)),
				LocalTime.parse(pad(end)), kind, title.hu(), List.of(speakers), title.en()));
	}

	private void questions(long conferenceId, String start, String end) {
		item(conferenceId, start, end, AgendaItemKind.QUESTIONS,
				new Bilingual("Kérdések, válaszok, felvetések", "Questions, answers and suggestions"));
	}

	private static String pad(String time) {
		return (time.length() == 4) ? "0" + time : time;
	}

	private static ConferenceForm withModerator(ConferenceForm form, long moderatorId) {
		return new ConferenceForm(form.cycleYear(), form.themeId(), form.title(), form.description(), form.date(),
				form.startTime(), form.endTime(), form.techHelpMinutes(), form.capacity(), form.registrationOpens(),
				form.registrationCloses(), moderatorId, form.meetingKind(), form.meetingUrl(), form.titleEn(),
				form.descriptionEn());
	}

	private static Long themeNamed(CycleView cycle, String name) {
		return cycle.themes()
			.stream()
			.filter((theme) -> theme.name().hu().equals(name))
			.map(ThemeView::id)
			.findFirst()
			.orElse(null);
	}

}
