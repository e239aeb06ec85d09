package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import hu.gyakorlattar.programme.Cycle;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ConditionalOnDemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample practices of the 2021 themes, written for the demo ({@code practice/demo-
 * practices.json}): published on the first start of an empty knowledge base, after the
 * gazetteer and the programme year exist, so that search and facets show their worth at
 * once. Skipped when {@code gyakorlattar.demo-data=false}.
 */
@Component
@Order(20)
@ConditionalOnDemoData
class PracticeDemoData implements ApplicationRunner {

	static final String EDITOR = "demo";

	private static final Logger log = LoggerFactory.getLogger(PracticeDemoData.class);

	private final PracticeRepository practices;

	private final EditingPractices management;

	private final ProgrammeManagement programme;

	private final JsonMapper json;

	PracticeDemoData(PracticeRepository practices, EditingPractices management, ProgrammeManagement programme,
			JsonMapper json) {
		this.practices = practices;
		this.management = management;
		this.programme = programme;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.practices.count() > 0) {
			return;
		}
		Cycle cycle = this.programme.cycle(2021).orElse(null);
		if (cycle == null || cycle.getThemes().size() < 4) {
			log.info("Demo practices skipped: the 2021 programme year with its four themes is missing");
			return;
		}
		List<DemoPractice> demo = read();
		for (DemoPractice sample : demo) {
			long themeId = cycle.getThemes().get(sample.theme() - 1).getId();
			Practice practice = this.management.create(sample.toForm(themeId), EDITOR);
			this.management.publish(practice.getId(), EDITOR);
		}
		log.info("Demo data: {} published practices", demo.size());
	}

	private List<DemoPractice> read() {
		try (InputStream in = new ClassPathResource("practice/demo-practices.json").getInputStream()) {
			return this.json.readValue(in, new TypeReference<List<DemoPractice>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One sample as the JSON file has it; {@code theme} is the theme's place (1–4). */
	record DemoPractice(String municipalities, int theme, AwardLevel awardLevel, LocalDate startedOn, Long costHuf,
			String title, String summary, String problem, String solution, String results, String transferability,
			String tags, String partners, String challenges, String innovation, String sustainability,
			String contactName, String contactEmail, Boolean contactConsent) {

		PracticeForm toForm(long themeId) {
			return new PracticeForm(this.title, this.summary, this.problem, this.solution, "", this.startedOn, "",
					Stage.RUNNING, this.partners, "", this.costHuf, this.results, this.innovation, this.sustainability,
					this.transferability, this.challenges, this.municipalities, 2021, List.of(themeId), this.awardLevel,
					this.tags, this.contactName, this.contactEmail, "", Boolean.TRUE.equals(this.contactConsent), "",
					"", "");
		}

	}

}
