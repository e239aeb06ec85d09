package hu.gyakorlattar.municipality;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gazetteer in the database: the first start's import of the bundled file, and
 * administrators' uploads of newer files, good and bad.
 */
@MunicipalityIntegrationTest
@WithMockUser(username = "admin@gyakorlattar.local", roles = "ADMIN")
class GazetteerImportTests {

	private static final String NEW_CODE = "99901";

	@Autowired
	MockMvc mvc;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	GazetteerImportRepository runs;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreTheRealGazetteer() throws Exception {
		if (!this.directory.find(NEW_CODE).isPresent() && this.directory.countInLatestGazetteer() == 3178) {
			return;
		}
		awaitFinished(upload(GazetteerFiles.real()));
		// Only a test may delete a municipality: the shared database must look as after a
		// first start for the other tests.
		this.jdbc.update("delete from municipality_gazetteer_change where ksh_code = ?", NEW_CODE);
		this.jdbc.update("delete from municipality where ksh_code = ?", NEW_CODE);
	}

	@Test
	void theFirstStartImportedTheBundledGazetteer() {
		assertThat(this.directory.count()).isEqualTo(3178);
		assertThat(this.directory.countInLatestGazetteer()).isEqualTo(3178);
		assertThat(this.runs.findAll()).anySatisfy((run) -> {
			assertThat(run.isInitialLoad()).isTrue();
			assertThat(run.getStatus()).isEqualTo(GazetteerImport.Status.SUCCEEDED);
			assertThat(run.getAdded()).isEqualTo(3178);
			assertThat(run.getGazetteerYear()).isEqualTo(2024);
		});
	}

	@Test
	void budapestIsTheCapitalAndItsDistrictsAreMunicipalities() {
		MunicipalitySummary budapest = this.directory.find("13578").orElseThrow();
		assertThat(budapest.name()).isEqualTo("Budapest");
		assertThat(budapest.status()).isEqualTo(LegalStatus.FOVAROS);
		List<MunicipalitySummary> districts = this.directory.search("Budapest", 100)
			.stream()
			.filter((m) -> m.status() == LegalStatus.FOVAROSI_KERULET)
			.toList();
		assertThat(districts).hasSize(23).allMatch((m) -> "főváros".equals(m.county()));
		assertThat(this.directory.find("09566"))
			.hasValueSatisfying((m) -> assertThat(m.name()).isEqualTo("Budapest 01. ker."));
	}

	@Test
	void theTotalRowIsNotAMunicipality() {
		assertThat(this.directory.search("összesen", 10)).isEmpty();
	}

	@Test
	void accentsDoNotMatterInSearch() {
		assertThat(this.directory.search("szekesfehervar", 10)).extracting(MunicipalitySummary::name)
			.containsExactly("Székesfehérvár");
	}

	@Test
	void reImportingTheSameFileChangesNothing() throws Exception {
		List<Map<String, Object>> before = snapshot();

		GazetteerImport run = awaitFinished(upload(GazetteerFiles.real()));

		assertThat(run.getStatus()).isEqualTo(GazetteerImport.Status.SUCCEEDED);
		assertThat(run.hasChanges()).isFalse();
		assertThat(run.getUnchanged()).isEqualTo(3178);
		assertThat(snapshot()).isEqualTo(before);
		this.mvc.perform(get("/admin/telepulesek/betoltesek/{id}", run.getId()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Refresh"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Semmi sem változott")));
	}

	@Test
	void aChangedGazetteerReportsExactlyWhatChangedAndDeletesNothing() throws Exception {
		byte[] file = GazetteerFiles.modified("Helységek 2024.01.01.", (entries) -> {
			int abaliget = GazetteerFiles.indexOf(entries, "12548");
			entries.set(abaliget, GazetteerFiles.renamed(entries.get(abaliget), "Abaliget-Forrásvölgy"));
			int zsurk = GazetteerFiles.indexOf(entries, "13037");
			entries.set(zsurk, GazetteerFiles.withStatus(entries.get(zsurk), LegalStatus.VAROS));
			int abadszalok = GazetteerFiles.indexOf(entries, "12441");
			entries.set(abadszalok, GazetteerFiles.inCounty(entries.get(abadszalok), "Heves"));
			entries.remove(GazetteerFiles.indexOf(entries, "11022"));
			entries.add(GazetteerFiles.newMunicipality(NEW_CODE, "Újtelep"));
			return entries;
		});

		GazetteerImport run = awaitFinished(upload(file));

		assertThat(run.getStatus()).isEqualTo(GazetteerImport.Status.SUCCEEDED);
		assertThat(run.getAdded()).isOne();
		assertThat(run.getRenamed()).isOne();
		assertThat(run.getStatusChanged()).isOne();
		assertThat(run.getCountyChanged()).isOne();
		assertThat(run.getMissing()).isOne();
		assertThat(run.getReappeared()).isZero();
		assertThat(run.getOtherUpdated()).isZero();
		assertThat(run.getUnchanged()).isEqualTo(3178 - 4);

		assertThat(this.directory.count()).isEqualTo(3179);
		assertThat(this.directory.countInLatestGazetteer()).isEqualTo(3178);
		Municipality zsujta = this.directory.municipality("11022").orElseThrow();
		assertThat(zsujta.isInLatestGazetteer()).isFalse();
		assertThat(zsujta.getLastSeenYear()).isEqualTo(2024);
		assertThat(this.directory.find("12548").orElseThrow().name()).isEqualTo("Abaliget-Forrásvölgy");
		assertThat(this.directory.find("13037").orElseThrow().status()).isEqualTo(LegalStatus.VAROS);
		assertThat(this.directory.find("12441").orElseThrow().county()).isEqualTo("Heves");

		this.mvc.perform(get("/admin/telepulesek/betoltesek/{id}", run.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("Abaliget → Abaliget-Forrásvölgy"),
					org.hamcrest.Matchers.containsString("község → város"),
					org.hamcrest.Matchers.containsString("Jász-Nagykun-Szolnok → Heves"),
					org.hamcrest.Matchers.containsString("Zsujta"), org.hamcrest.Matchers.containsString("Újtelep"))));
	}

	@Test
	void aMunicipalityBackInTheGazetteerIsReportedAsReappeared() throws Exception {
		awaitFinished(upload(GazetteerFiles.modified("Helységek 2024.01.01.", (entries) -> {
			entries.remove(GazetteerFiles.indexOf(entries, "11022"));
			return entries;
		})));
		assertThat(this.directory.countInLatestGazetteer()).isEqualTo(3177);

		GazetteerImport back = awaitFinished(upload(GazetteerFiles.real()));

		assertThat(back.getReappeared()).isOne();
		assertThat(back.getAdded()).isZero();
		assertThat(this.directory.municipality("11022").orElseThrow().isInLatestGazetteer()).isTrue();
	}

	@Test
	void badFilesAreRefusedNextToTheUploadFieldAndChangeNothing() throws Exception {
		byte[] real = GazetteerFiles.real();
		Map<String, byte[]> badFiles = Map.of("Ez nem Excel-munkafüzet", "szöveg, nem munkafüzet".getBytes(),
				"A fájl üres", new byte[0], "A fájl sérült vagy hiányos", Arrays.copyOf(real, real.length - 1000),
				"nincs „Helységek …” nevű munkalap",
				GazetteerFiles.workbook("Munka1", GazetteerFiles.HEADERS, GazetteerFiles.realEntries()),
				"régebbi a már betöltött 2024. évinél",
				GazetteerFiles.modified("Helységek 2023.01.01.", (entries) -> entries),
				"hiányos vagy nem a teljes helységnévtár",
				GazetteerFiles.modified("Helységek 2025.01.01.", (entries) -> entries.subList(0, 2000)),
				"legfeljebb 10000 sor", OversizedWorkbooks.rows("Helységek 2025.01.01.", 1_000_000, false),
				"kibontva túl nagy",
				OversizedWorkbooks.withPartOf("Helységek 2025.01.01.", UploadedSpreadsheet.MAX_PART_BYTES + 1, true));
		List<Map<String, Object>> before = snapshot();
		long runsBefore = this.runs.count();

		for (Map.Entry<String, byte[]> bad : badFiles.entrySet()) {
			this.mvc
				.perform(multipart("/admin/telepulesek/helysegnevtar")
					.file(new MockMultipartFile("file", "feltoltes.xlsx", "application/octet-stream", bad.getValue()))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("gazetteerUpload", "file"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"gazetteer-file-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString(bad.getKey())))
				.andExpect(content().string(org.hamcrest.Matchers
					.containsString("<a href=\"#gazetteer-file\">Helységnévtár (XLSX fájl): ")));
		}

		assertThat(this.runs.count()).isEqualTo(runsBefore);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theRunPageRefreshesItselfWhileTheImportRuns() throws Exception {
		GazetteerImport running = this.runs.saveAndFlush(
				new GazetteerImport("futo.xlsx", new Gazetteer(2024, GazetteerFiles.realEntries()), "admin", false));
		try {
			this.mvc.perform(get("/admin/telepulesek/betoltesek/{id}", running.getId()))
				.andExpect(status().isOk())
				.andExpect(header().string("Refresh", "2"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<progress")));
			// and a second import waits for it
			this.mvc
				.perform(multipart("/admin/telepulesek/helysegnevtar")
					.file(new MockMultipartFile("file", "hnt.xlsx", "application/octet-stream", GazetteerFiles.real()))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(
						content().string(org.hamcrest.Matchers.containsString("Már fut egy helységnévtár-betöltés")));
		}
		finally {
			this.runs.delete(running);
		}
	}

	private long upload(byte[] file) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/telepulesek/helysegnevtar")
				.file(new MockMultipartFile("file", "hnt_letoltes.xlsx", "application/octet-stream", file))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private GazetteerImport awaitFinished(long runId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			GazetteerImport run = this.runs.findById(runId).orElseThrow();
			if (!run.isRunning()) {
				return run;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Import " + runId + " did not finish in time");
	}

	private List<Map<String, Object>> snapshot() {
		return this.jdbc.queryForList("select ksh_code, name, legal_status, county, district_code, district_name, "
				+ "population, area_hectares, last_seen_year, in_latest_gazetteer, updated_at "
				+ "from municipality order by ksh_code");
	}

}
