package hu.gyakorlattar.municipality;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import hu.gyakorlattar.shared.PersonName;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mayors' contacts: imports that apply every row or none, the edit form, the selection
 * for mailings, and that none of it reaches a public page.
 */
@MunicipalityIntegrationTest
@WithMockUser(roles = "ADMIN")
class MunicipalityContactsTests {

	private static final String BOM = "\uFEFF";

	private static final String HEADER = "ksh_kod;polgarmester_elotag;polgarmester_vezeteknev;polgarmester_utonev;nem;email;telefon\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noContacts() {
		this.jdbc.update("delete from municipality_contact");
	}

	@Test
	void aCsvWithBomAndSemicolonsIsImported() throws Exception {
		String csv = BOM + HEADER + "17376;;Példa;Anna;nő;polgarmester@aba.example;+36 22 000 000\r\n"
				+ "12548;dr.;Minta;Béla;férfi;hivatal@abaliget.example;\r\n";

		upload(csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashKey", "municipality.contacts.imported"));

		List<MunicipalityContactView> contacts = this.directory.contacts(ContactSelection.all());
		assertThat(contacts).extracting(MunicipalityContactView::municipalityName).containsExactly("Aba", "Abaliget");
		MunicipalityContactView aba = contacts.get(0);
		assertThat(aba.mayorName()).isEqualTo(new PersonName("", "Példa", "Anna"));
		assertThat(aba.gender()).isEqualTo(Gender.FEMALE);
		assertThat(aba.salutationKey()).isEqualTo("municipality.salutation.FEMALE");
		assertThat(aba.email()).isEqualTo("polgarmester@aba.example");
		assertThat(aba.phone()).isEqualTo("+36 22 000 000");
		assertThat(contacts.get(1).mayorName().toString()).isEqualTo("dr. Minta Béla");
		assertThat(contacts.get(1).gender()).isEqualTo(Gender.MALE);
	}

	@Test
	void aCommaSeparatedFileWithOtherHeaderSpellingsUpdatesExistingContacts() throws Exception {
		upload((HEADER + "17376;;Példa;Anna;nő;polgarmester@aba.example;\r\n").getBytes(StandardCharsets.UTF_8))
			.andExpect(status().is3xxRedirection());
		String csv = "KSH kód,E-mail,Vezetéknév,Utónév,Neme\n"
				+ "17376,uj@aba.example,Példa,Anna,nő\n\"12548\",\"hivatal@abaliget.example\",\"Minta, ifj.\",Béla,\n";

		upload(csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("contactReport",
					new MunicipalityContacts.ContactImportReport(List.of(), 1, 1, 0)));

		assertThat(this.directory.contacts(ContactSelection.all())).extracting(MunicipalityContactView::email)
			.containsExactly("uj@aba.example", "hivatal@abaliget.example");
		assertThat(this.directory.contacts(ContactSelection.all()).get(1).gender()).isEqualTo(Gender.UNKNOWN);
	}

	@Test
	void anXlsxListIsImportedAndCodesLosingTheirLeadingZeroAreRepaired() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Gyakorlattar tests", "1.0");
		Worksheet sheet = workbook.newWorksheet("Polgármesterek");
		String[] headers = { "KSH kódja", "Előtag", "Vezetéknév", "Utónév", "Nem", "E-mail-cím", "Telefonszám" };
		for (int i = 0; i < headers.length; i++) {
			sheet.value(0, i, headers[i]);
		}
		sheet.value(1, 0, 9566);
		sheet.value(1, 2, "Kerületi");
		sheet.value(1, 3, "Éva");
		sheet.value(1, 4, "nő");
		sheet.value(1, 5, "polgarmester@budavar.example");
		sheet.value(1, 6, "+36 1 000 0000");
		workbook.finish();

		this.mvc
			.perform(multipart("/admin/telepulesek/kapcsolattartok")
				.file(new MockMultipartFile("file", "polgarmesterek.xlsx", "application/octet-stream",
						out.toByteArray()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.directory.contacts(ContactSelection.all())).singleElement().satisfies((contact) -> {
			assertThat(contact.kshCode()).isEqualTo("09566");
			assertThat(contact.municipalityName()).isEqualTo("Budapest 01. ker.");
			assertThat(contact.mayorName().toString()).isEqualTo("Kerületi Éva");
		});
	}

	@Test
	void everyBadRowIsReportedByNumberAndNothingIsImported() throws Exception {
		String csv = HEADER + "17376;;Példa;Anna;nő;polgarmester@aba.example;\r\n" // row
																					// 2
																					// fine
				+ "99998;;Nincs;Ilyen;;valaki@example.hu;\r\n" // row 3 unknown code
				+ "12548;;Minta;Béla;férfi;nem-email-cim;\r\n" // row 4 bad e-mail
				+ "17376;;Példa;Anna;nő;masik@aba.example;\r\n" // row 5 duplicate
				+ "13578;;Fővárosi;Pál;talán;fopolgarmester@budapest.example;+36 (1) 000-0000\r\n" // row
																									// 6
				+ "14827;;;;;hivatal@szekesfehervar.example;hívjon fel\r\n"; // row 7 bad
																				// phone

		upload(csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactListUpload", "file"))
			.andExpect(content().string(allOf(containsString("5 hibát találtunk, ezért semmit sem importáltunk"),
					containsString("3. sor, „ksh_kod” oszlop: Nincs 99998 KSH-kódú település"),
					containsString("4. sor, „email” oszlop: Kérjük, érvényes e-mail-címet adjon meg."),
					containsString("5. sor, „ksh_kod” oszlop: A 17376 KSH-kód már a 2. sorban is szerepel."),
					containsString("6. sor, „nem” oszlop: „talán” nem értelmezhető"),
					containsString("7. sor, „telefon” oszlop: A telefonszám csak számjegyeket"))));

		assertThat(this.directory.contacts(ContactSelection.all())).isEmpty();
	}

	@Test
	void aLatin2FileIsRefusedBeforeItCanGarbleNames() throws Exception {
		String csv = HEADER + "17376;;Példa;Anna;nő;polgarmester@aba.example;\r\n";

		upload(csv.getBytes(Charset.forName("ISO-8859-2"))).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactListUpload", "file",
					"municipality.contacts.file.encoding"))
			.andExpect(content().string(containsString("A fájl nem UTF-8 kódolású")));

		assertThat(this.directory.contacts(ContactSelection.all())).isEmpty();
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() throws Exception {
		upload("ksh_kod;polgarmester_vezeteknev\n17376;Példa\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hiányzik ez a kötelező oszlop: email")));
		upload(new byte[0]).andExpect(content().string(containsString("A fájl üres")));
		upload((HEADER).getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(containsString("nincs egyetlen sor sem")));
		upload((HEADER + "\"17376;;Példa\n").getBytes(StandardCharsets.UTF_8))
			.andExpect(model().attributeHasFieldErrors("contactListUpload", "file"));
	}

	@Test
	void oversizedWorkbooksAreRefusedAndTheContactsStayAsTheyWere() throws Exception {
		upload((HEADER + "17376;;Példa;Anna;nő;polgarmester@aba.example;\r\n").getBytes(StandardCharsets.UTF_8))
			.andExpect(status().is3xxRedirection());
		List<MunicipalityContactView> before = this.directory.contacts(ContactSelection.all());

		uploadXlsx(OversizedWorkbooks.rows("Polgármesterek", 1_000_000, false)).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactListUpload", "file",
					"municipality.contacts.file.tooManyRows"))
			.andExpect(content().string(containsString("legfeljebb 20000 sort")));
		uploadXlsx(OversizedWorkbooks.withPartOf("Polgármesterek", UploadedSpreadsheet.MAX_PART_BYTES + 1, true))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactListUpload", "file", "municipality.file.tooLarge"));

		assertThat(this.directory.contacts(ContactSelection.all())).isEqualTo(before).hasSize(1);
	}

	@Test
	void theSampleFileDocumentsTheColumnsAndImportsAsIs() throws Exception {
		byte[] sample = this.mvc.perform(get("/admin/telepulesek/kapcsolattartok/minta.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("kapcsolattartok-minta.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.mvc.perform(get("/admin/telepulesek"))
			.andExpect(content()
				.string(allOf(containsString("<code>polgarmester_vezeteknev</code>"), containsString("minta.csv"))));
		// the Hungarian spellings it also accepts, marked as Hungarian on the English
		// page
		this.mvc.perform(get("/admin/telepulesek").param("lang", "en"))
			.andExpect(content().string(containsString("<td lang=\"hu\">vezetéknév, polgármester vezetékneve")));

		upload(sample).andExpect(status().is3xxRedirection());
		assertThat(this.directory.contacts(ContactSelection.all())).hasSize(2);
	}

	@Test
	void contactsNeverAppearOnPublicPages() throws Exception {
		upload((HEADER + "17376;dr.;Titkos;Tünde;nő;titkos@aba.example;+36 22 123 456\r\n")
			.getBytes(StandardCharsets.UTF_8)).andExpect(status().is3xxRedirection());

		for (String url : List.of("/telepulesek/17376", "/telepulesek?q=aba", "/api/municipalities/17376",
				"/api/municipalities?q=aba")) {
			this.mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("Titkos")), not(containsString("titkos@")),
						not(containsString("123 456")))));
		}
	}

	@Test
	void theEditFormShowsMessagesNextToTheFields() throws Exception {
		this.mvc
			.perform(post("/admin/telepulesek/17376").with(csrf())
				.param("familyName", "Példa")
				.param("givenName", "Anna")
				.param("gender", "FEMALE")
				.param("email", "nem e-mail")
				.param("phone", "hívjon fel"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors(MunicipalityContacts.FORM, "email", "phone"))
			.andExpect(content().string(allOf(containsString("id=\"email-error\""),
					containsString("Kérjük, érvényes e-mail-címet adjon meg."), containsString("id=\"phone-error\""),
					containsString("aria-invalid=\"true\""))));
		assertThat(this.directory.contacts(ContactSelection.all())).isEmpty();

		this.mvc
			.perform(post("/admin/telepulesek/17376").with(csrf())
				.param("prefix", "dr.")
				.param("familyName", "Példa")
				.param("givenName", "Anna")
				.param("gender", "FEMALE")
				.param("email", "polgarmester@aba.example")
				.param("phone", "+36 22 000 000"))
			.andExpect(redirectedUrl("/admin/telepulesek/17376"));
		this.mvc.perform(get("/admin/telepulesek/17376"))
			.andExpect(content().string(allOf(containsString("value=\"polgarmester@aba.example\""),
					containsString("Tisztelt Polgármester Asszony!"))));

		this.mvc.perform(post("/admin/telepulesek/17376/kapcsolattarto-torlese").with(csrf()))
			.andExpect(redirectedUrl("/admin/telepulesek/17376"));
		assertThat(this.directory.contacts(ContactSelection.all())).isEmpty();
	}

	@Test
	void contactsAreSelectedByCountyStatusAndPopulation() throws Exception {
		upload((HEADER + "17376;;Példa;Anna;nő;a@aba.example;\r\n" + "12548;;Minta;Béla;férfi;b@abaliget.example;\r\n"
				+ "14827;;Fehér;Vár;;c@szekesfehervar.example;\r\n")
			.getBytes(StandardCharsets.UTF_8)).andExpect(status().is3xxRedirection());

		assertThat(this.directory.contacts(ContactSelection.inCounties("Fejér")))
			.extracting(MunicipalityContactView::kshCode)
			.containsExactly("17376", "14827");
		assertThat(this.directory.contacts(ContactSelection.withStatus(LegalStatus.KOZSEG)))
			.extracting(MunicipalityContactView::kshCode)
			.containsExactly("12548");
		assertThat(this.directory.contacts(ContactSelection.populationBetween(1000, 10_000)))
			.extracting(MunicipalityContactView::kshCode)
			.containsExactly("17376");
		assertThat(this.directory
			.contacts(new ContactSelection(java.util.Set.of("Fejér"), java.util.Set.of(LegalStatus.VAROS), null, null)))
			.extracting(MunicipalityContactView::kshCode)
			.containsExactly("17376");
	}

	private ResultActions uploadXlsx(byte[] file) throws Exception {
		return this.mvc.perform(multipart("/admin/telepulesek/kapcsolattartok")
			.file(new MockMultipartFile("file", "polgarmesterek.xlsx", "application/octet-stream", file))
			.with(csrf()));
	}

	private ResultActions upload(byte[] file) throws Exception {
		return this.mvc.perform(multipart("/admin/telepulesek/kapcsolattartok")
			.file(new MockMultipartFile("file", "kapcsolattartok.csv", "text/csv", file))
			.with(csrf()));
	}

}
