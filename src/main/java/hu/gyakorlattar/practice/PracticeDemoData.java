package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import hu.gyakorlattar.programme.CycleView;
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
 * once, the ones translated with their English version
 * ({@code practice/demo-practices-en.json}). Skipped when
 * {@code gyakorlattar.demo-data=false}.
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
		CycleView cycle = this.programme.cycle(2021).orElse(null);
		if (cycle == null || cycle.themes().size() < 4) {
			log.info("Demo practices skipped: the 2021 programme year with its four themes is missing");
			return;
		}
		List<DemoPractice> demo = read("practice/demo-practices.json", new TypeReference<>() {
		});
		Map<String, PracticeEnglishForm> english = read("practice/demo-practices-en.json",
				new TypeReference<List<DemoEnglish>>() {
				})
			.stream()
			.collect(Collectors.toMap(DemoEnglish::title, DemoEnglish::toForm));
		for (DemoPractice sample : demo) {
			long themeId = cycle.themes().get(sample.theme() - 1).id();
			Practice practice = this.management.create(sample.toForm(themeId, english.get(sample.title())), EDITOR);
			this.management.publish(practice.getId(), EDITOR);
		}
		log.info("Demo data: {} published practices", demo.size());
	}

	private <T> T read(String path, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return this.json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The English version of a sample ({@code practice/demo-practices-en.json}), found by
	 * its Hungarian title; {@code reviewed} false shows an imported machine draft.
	 */
	record DemoEnglish(String title, boolean reviewed, Map<String, String> english) {

		PracticeEnglishForm toForm() {
			return new PracticeEnglishForm(this.english.get("title"), this.english.get("summary"),
					this.english.get("problem"), this.english.get("solution"), this.english.get("implementation"),
					this.english.get("partners"), this.english.get("resources"), this.english.get("results"),
					this.english.get("innovation"), this.english.get("sustainability"),
					this.english.get("transferability"), this.english.get("challenges"), this.reviewed);
		}

	}

	/** One sample as the JSON file has it; {@code theme} is the theme's place (1–4). */
	record DemoPractice(String municipalities, int theme, AwardLevel awardLevel, LocalDate startedOn, Long costHuf,
			String title, String summary, String problem, String solution, String results, String transferability,
			String tags, String partners, String challenges, String innovation, String sustainability,
			String contactName, String contactEmail, Boolean contactConsent) {

		PracticeForm toForm(long themeId, PracticeEnglishForm english) {
			return new PracticeForm(this.title, this.summary, this.problem, this.solution, "", this.startedOn, "",
					Stage.RUNNING, this.partners, "", this.costHuf, this.results, this.innovation, this.sustainability,
					this.transferability, this.challenges, this.municipalities, 2021, List.of(themeId), this.awardLevel,
					this.tags, this.contactName, this.contactEmail, "", Boolean.TRUE.equals(this.contactConsent), "",
					"", "", (english != null) ? english : PracticeEnglishForm.NONE);
		}

	}

}
