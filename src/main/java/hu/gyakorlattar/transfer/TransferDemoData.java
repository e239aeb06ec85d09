package hu.gyakorlattar.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
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
 * Realistic transfers of the demo practices, written into an empty ledger after the demo
 * practices exist: some running with outcomes reported at their check-ins, some stopped
 * with their reasons, some still being considered or adapted, so that the practice pages,
 * the open data, the map and the report show something. Their past check-ins count as
 * sent (and reminded when unanswered), so that the demo mails nobody. Skipped when
 * {@code gyakorlattar.demo-data=false}.
 */
@Component
@Order(40)
@ConditionalOnDemoData
class TransferDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TransferDemoData.class);

	/** Who "started" the demo transfers. */
	static final String DEMO = "demo";

	private static final List<DemoIndicators> INDICATORS = List.of(
			new DemoIndicators("21458", List.of(List.of("Ellátott idősek", "fő"), List.of("Havi költség", "Ft"))),
			new DemoIndicators("10630",
					List.of(List.of("Rendszeresen ellátott tanyák", "db"), List.of("Havi kiszállások", "alkalom"),
							List.of("Megtakarított betegszállítás", "óra/hó"))),
			new DemoIndicators("08077",
					List.of(List.of("Tanodába járó gyerekek", "fő"), List.of("Évismétlők aránya", "%"))),
			new DemoIndicators("32054",
					List.of(List.of("Beadott ötletek", "db"), List.of("Szavazó lakosok", "fő"),
							List.of("Megvalósult projektek", "db"))),
			new DemoIndicators("31006",
					List.of(List.of("Ellátott háztartások", "db"), List.of("Heti ebédadag", "adag"))));

	private static final List<DemoTransfer> TRANSFERS = List.of(
			new DemoTransfer("21458", "Isaszeg", "2021-09-15", TransferStatus.RUNNING, "",
					"A nyugdíjasklub mellé házhoz menő ebédet szervezünk a szociális étkeztetés keretében.",
					List.of(new DemoCheckIn(6, TransferStatus.ADAPTING, List.of("18", "420000"),
							"A konyha kapacitását kellett először felmérni."),
							new DemoCheckIn(12, TransferStatus.RUNNING, List.of("34", "610000"),
									"A falugondnok és a klubvezető közös útvonala sokat spórol."))),
			new DemoTransfer("21458", "Őrbottyán", "2022-02-01", TransferStatus.ADAPTING, "",
					"Heti két klubnapot indítunk a művelődési házban, a szadai napirend szerint.",
					List.of(new DemoCheckIn(6, TransferStatus.ADAPTING, List.of("9", "150000"),
							"Az önkéntesek toborzása lassabb, mint gondoltuk."))),
			new DemoTransfer("21458", "Vácrátót", "2022-03-10", TransferStatus.STOPPED,
					"Az étkeztetést a szomszédos település konyhája nem tudta vállalni, saját konyhánk nincs.",
					"Házhoz menő ebéd a külterületen élő időseknek.", List.of()),
			new DemoTransfer("17206", "Kisvárda", "2021-10-05", TransferStatus.RUNNING, "",
					"Jelzőrendszeres segítségnyújtás 40 készülékkel, a nyíregyházi diszpécserközponthoz kapcsolódva.",
					List.of()),
			new DemoTransfer("17206", "Mátészalka", "2021-11-20", TransferStatus.STOPPED,
					"A jelzőkészülékek fenntartási költségét a normatíva megszűnése után nem tudtuk kigazdálkodni.",
					"Okoseszközös jelzőrendszer a járás idősei számára.", List.of()),
			new DemoTransfer("10630", "Szalafő", "2021-08-01", TransferStatus.RUNNING, "",
					"A tanyagondnoki szolgálatot kiterjesztjük a szeres településrészekre.",
					List.of(new DemoCheckIn(6, TransferStatus.RUNNING, List.of("22", "36", "40"),
							"A háziorvossal egyeztetett napok a legfontosabbak."),
							new DemoCheckIn(12, TransferStatus.RUNNING, List.of("27", "44", "55"),
									"Télen kétszer annyi kiszállás kell."))),
			new DemoTransfer("10630", "Velemér", "2022-04-12", TransferStatus.RUNNING, "",
					"Közös tanyagondnok Szalafővel és Őriszentpéterrel.",
					List.of(new DemoCheckIn(6, TransferStatus.RUNNING, List.of("11", "20", "18"),
							"A közös fenntartás megállapodása a kulcs."))),
			new DemoTransfer("32559", "Aszód", "2022-01-17", TransferStatus.ADAPTING, "",
					"Térfigyelő kamerák a vasútállomásnál, a polgárőrség bevonásával.", List.of()),
			new DemoTransfer("08077", "Edelény", "2021-09-01", TransferStatus.RUNNING, "",
					"Tanoda a városi könyvtárban, két pedagógussal és egyetemista önkéntesekkel.",
					List.of(new DemoCheckIn(6, TransferStatus.RUNNING, List.of("24", "12"),
							"A szülőkkel heti kapcsolattartás nélkül nem megy."),
							new DemoCheckIn(12, TransferStatus.RUNNING, List.of("31", "7"),
									"Az év végi bizonyítványok javultak."))),
			new DemoTransfer("08077", "Encs", "2021-10-11", TransferStatus.STOPPED,
					"A pedagógusok bérét a pályázat lejárta után nem tudtuk fedezni.",
					"Délutáni tanulástámogatás hátrányos helyzetű gyerekeknek.",
					List.of(new DemoCheckIn(6, TransferStatus.STOPPED, List.of("15", "14"),
							"Fenntartási forrás nélkül ne induljon."))),
			new DemoTransfer("11767", "Pápa", "2022-05-03", TransferStatus.CONSIDERING, "",
					"A lakossági hibabejelentő modult vennénk át először.", List.of()),
			new DemoTransfer("32054", "Keszthely", "2021-07-01", TransferStatus.RUNNING, "",
					"Évi 30 millió forintos részvételi költségvetés, városrészenként szavazással.",
					List.of(new DemoCheckIn(6, TransferStatus.RUNNING, List.of("86", "1450", "0"),
							"Az online szavazás mellé papíros urna is kell."),
							new DemoCheckIn(12, TransferStatus.RUNNING, List.of("112", "2310", "4"),
									"A megvalósult projektek hozzák a következő évi részvételt."))),
			new DemoTransfer("32054", "Nagykanizsa", "2022-02-14", TransferStatus.RUNNING, "",
					"Ifjúsági részvételi költségvetés a középiskolákban.",
					List.of(new DemoCheckIn(6, TransferStatus.RUNNING, List.of("41", "980", "2"),
							"Az iskolák diákönkormányzatai szervezték a kampányt."))),
			new DemoTransfer("31006", "Füzér", "2021-11-02", TransferStatus.RUNNING, "",
					"Falugondnoki ebéd- és gyógyszerkiváltás a bózsvai mintára.",
					List.of(new DemoCheckIn(6, TransferStatus.RUNNING, List.of("38", "120"),
							"A gyógyszertárral kötött megállapodás időt spórol."))),
			new DemoTransfer("13763", "Hollóháza", "2022-03-01", TransferStatus.STOPPED,
					"Kevés volt az utas, a busz bérleti díja nem térült meg.",
					"Igényvezérelt közösségi busz a járásközpontba.", List.of()),
			new DemoTransfer("29726", "Abádszalók", "2022-06-20", TransferStatus.ADAPTING, "",
					"Napelemek az iskola és a hivatal tetején, energiaközösségben.", List.of()));

	private final TransferRepository transfers;

	private final CheckInRepository checkIns;

	private final IndicatorRepository indicators;

	private final PracticeManagement practices;

	private final MunicipalityDirectory municipalities;

	TransferDemoData(TransferRepository transfers, CheckInRepository checkIns, IndicatorRepository indicators,
			PracticeManagement practices, MunicipalityDirectory municipalities) {
		this.transfers = transfers;
		this.checkIns = checkIns;
		this.indicators = indicators;
		this.practices = practices;
		this.municipalities = municipalities;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.transfers.count() > 0) {
			return;
		}
		Map<String, PublishedPractice> byOwner = this.practices.publishedPractices()
			.stream()
			.filter((practice) -> practice.ownerKshCodes().size() == 1)
			.collect(Collectors.toMap((practice) -> practice.ownerKshCodes().get(0), Function.identity(),
					(first, second) -> first));
		if (byOwner.isEmpty()) {
			return;
		}
		for (DemoIndicators demo : INDICATORS) {
			PublishedPractice practice = byOwner.get(demo.origin());
			if (practice != null) {
				for (int i = 0; i < demo.indicators().size(); i++) {
					List<String> indicator = demo.indicators().get(i);
					this.indicators.save(new Indicator(practice.id(), i + 1, indicator.get(0), indicator.get(1)));
				}
			}
		}
		int written = 0;
		for (DemoTransfer demo : TRANSFERS) {
			PublishedPractice practice = byOwner.get(demo.origin());
			Optional<MunicipalitySummary> adopter = municipality(demo.adopter());
			if (practice != null && adopter.isPresent()) {
				write(demo, practice, adopter.get());
				written++;
			}
		}
		log.info("Demo data: {} transfers", written);
	}

	private void write(DemoTransfer demo, PublishedPractice practice, MunicipalitySummary adopter) {
		Instant started = at(LocalDate.parse(demo.startedOn()));
		TransferPlan plan = new TransferPlan(demo.plan(), "", "", TransferStatus.CONSIDERING, "");
		Transfer transfer = this.transfers
			.save(Transfer.start(practice, adopter.kshCode(), adopter.name(), plan, DEMO, started));
		List<Indicator> asked = this.indicators.findByPracticeIdOrderByPosition(practice.id());
		for (CheckIn checkIn : transfer.planCheckIns()) {
			Optional<DemoCheckIn> answer = demo.checkIns()
				.stream()
				.filter((given) -> given.months() == checkIn.getMonthsAfter())
				.findFirst();
			if (answer.isPresent()) {
				checkIn.sent(checkIn.getDueAt());
				Map<Long, BigDecimal> values = new java.util.HashMap<>();
				for (int i = 0; i < Math.min(asked.size(), answer.get().values().size()); i++) {
					values.put(asked.get(i).getId(), new BigDecimal(answer.get().values().get(i)));
				}
				Instant answeredAt = checkIn.getDueAt().plus(java.time.Duration.ofDays(3));
				transfer.moveTo(answer.get().status(), demo.stopReason(), answeredAt);
				checkIn.answer(answer.get().status(), values, answer.get().lessons(), answeredAt);
			}
			else if (demo.status() == TransferStatus.STOPPED) {
				checkIn.skip(checkIn.getDueAt());
			}
			else {
				checkIn.sent(checkIn.getDueAt());
				checkIn.reminded(checkIn.getDueAt().plus(CheckIn.REMINDER_AFTER));
			}
			this.checkIns.save(checkIn);
		}
		transfer.moveTo(demo.status(), demo.stopReason(), started.plus(java.time.Duration.ofDays(120)));
	}

	private Optional<MunicipalitySummary> municipality(String name) {
		return this.municipalities.search(name, 10).stream().filter((found) -> found.name().equals(name)).findFirst();
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(HungarianFormats.BUDAPEST).toInstant();
	}

	record DemoIndicators(String origin, List<List<String>> indicators) {

	}

	record DemoTransfer(String origin, String adopter, String startedOn, TransferStatus status, String stopReason,
			String plan, List<DemoCheckIn> checkIns) {

	}

	record DemoCheckIn(int months, TransferStatus status, List<String> values, String lessons) {

	}

}
