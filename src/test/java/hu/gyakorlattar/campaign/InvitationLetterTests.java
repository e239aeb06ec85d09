package hu.gyakorlattar.campaign;

import java.time.LocalDate;
import java.util.Optional;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.mail.RenderedMail;
import hu.gyakorlattar.municipality.Gender;
import hu.gyakorlattar.municipality.MunicipalityContactView;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.PersonName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation as a mayor reads it: the salutation that fits them, the letter proposed
 * for the conference (the 2021 letter's committee with its typos corrected; this year's
 * without the ministries dissolved since), and the agenda of the 22 June 2021 demo
 * conference rendered from the conference itself, slot by slot, with en dashes.
 */
@ApplicationTest
class InvitationLetterTests {

	@Autowired
	WritingInvitations campaigns;

	@Autowired
	ConferenceManagement conferences;

	ConferenceView conference;

	InvitationCampaign campaign;

	@BeforeEach
	void anInvitationToTheJune2021Conference() {
		this.conference = this.conferences.past()
			.stream()
			.filter((past) -> past.title().equals("Önkormányzati innovációk és jó gyakorlatok"))
			.findFirst()
			.orElseThrow();
		InvitationCampaignForm draft = this.campaigns.draft(this.conference);
		this.campaign = this.campaigns.create(new InvitationCampaignForm(draft.conferenceId(), draft.subject(),
				draft.body(), draft.signaturePlace(), LocalDate.of(2021, 6, 7), draft.sender(), false));
	}

	@Test
	void aWomanMayorIsGreetedAsPolgarmesterAsszony() {
		RenderedMail letter = letterTo(Gender.FEMALE);

		assertThat(letter.text()).contains("Tisztelt Polgármester Asszony!\nTisztelt Önkormányzati Szakemberek!")
			.doesNotContain("Polgármester Úr");
		assertThat(letter.html()).contains("Tisztelt Polgármester Asszony!").doesNotContain("Polgármester Úr");
	}

	@Test
	void aManMayorIsGreetedAsPolgarmesterUr() {
		RenderedMail letter = letterTo(Gender.MALE);

		assertThat(letter.text()).contains("Tisztelt Polgármester Úr!\nTisztelt Önkormányzati Szakemberek!")
			.doesNotContain("Asszony");
	}

	@Test
	void aMayorOfUnknownGenderIsGreetedBothWays() {
		RenderedMail letter = letterTo(Gender.UNKNOWN);

		assertThat(letter.text())
			.contains("Tisztelt Polgármester Asszony, Polgármester Úr!\nTisztelt Önkormányzati Szakemberek!");
	}

	@Test
	void theLetterReproducesTheInvitationWithItsTyposCorrected() {
		RenderedMail letter = letterTo(Gender.FEMALE);

		assertThat(letter.subject())
			.isEqualTo("Meghívó: Önkormányzati innovációk és jó gyakorlatok – online konferencia");
		assertThat(letter.text())
			.startsWith("MEGHÍVÓ\n\nÖnkormányzati innovációk és jó gyakorlatok\n"
					+ "2021. június 22. (kedd) 10.00 órától, online")
			// The proposed text is the conference's programme year's, not the 2021
			// letter's.
			.contains("a program 2021. évi pályázati szakaszát")
			.doesNotContain("koronavírus")
			.contains("Autonómia Alapítvány")
			.contains("Ezúton meghívjuk Önt a soron következő „Önkormányzati innovációk és jó gyakorlatok” "
					+ "című online konferenciánkra.")
			.contains("a konferencia előtti munkanapon küldjük ki az online konferencia internetes elérhetőségét")
			.contains("Budapest, 2021. június 7.\nLegjobb Önkormányzati Gyakorlatok Program Irányító Bizottsága")
			.doesNotContain("Autónia")
			.doesNotContain("főtítká")
			.doesNotContain("Lóránd");
		assertThat(letter.text()).contains("Regisztráció a konferenciára: http://localhost:8080/esemenyek/"
				+ this.conference.id() + "/regisztracio?kampany=" + this.campaign.getId());
		assertThat(letter.html()).contains("href=\"http://localhost:8080/esemenyek/" + this.conference.id()
				+ "/regisztracio?kampany=" + this.campaign.getId() + "\"");
		// The registration address the proposed text names counts for the invitation too.
		assertThat(letter.text()).contains("Regisztráció: http://localhost:8080/esemenyek/" + this.conference.id()
				+ "/regisztracio?kampany=" + this.campaign.getId() + "\n");
	}

	@Test
	void theLetterProposedForThisYearsConferenceNamesNoMinistryDissolvedSince2021() {
		assertThat(this.campaigns.draft(this.conference).body()).contains("Emberi Erőforrások Minisztériuma");
		ConferenceView thisYears = this.conferences.upcoming()
			.stream()
			.filter((upcoming) -> upcoming.title().equals("Jó gyakorlatok az önkormányzati idősellátásban"))
			.findFirst()
			.orElseThrow();

		assertThat(this.campaigns.draft(thisYears).body()).contains("Belügyminisztérium")
			.contains("Települési Önkormányzatok Országos Szövetsége")
			.doesNotContain("Emberi Erőforrások Minisztériuma")
			.doesNotContain("Innovációs és Technológiai Minisztérium");
	}

	@Test
	void theAgendaComesFromTheConferenceEverySlotAndSpeakerWithEnDashes() {
		String text = letterTo(Gender.MALE).text();

		assertThat(text)
			.contains("A 2021. június 22. (kedd) 10.00 órától hozzávetőleg 13.00 óráig tartó "
					+ "konferencia tervezett programja:")
			.contains("Moderátor: Dr. Zongor Gábor, szakértő, programkoordinátor, "
					+ "Legjobb Önkormányzati Gyakorlatok Programja")
			.contains("9.30–10.00 Technikai segítségnyújtás azoknak, akik igénylik: belépés a konferencia "
					+ "virtuális termébe (nem kell letölteni programot, böngészőn keresztül is működik)")
			.contains("10.00–10.25 Köszöntő, bevezető – a Legjobb Önkormányzati Gyakorlatok programjának, "
					+ "idei pályázati felhívásának bemutatása\n   Előadó: Dr. Zongor Gábor, szakértő, "
					+ "programkoordinátor, Legjobb Önkormányzati Gyakorlatok Programja")
			.contains("10.25–10.55 A társadalmi innováció szerepe és jelentősége a mai világunkban\n"
					+ "   Előadó: Hugyák István, főosztályvezető, Innovációs és Technológiai Minisztérium, "
					+ "Innovációért Felelős Végrehajtási és Elemzési Főosztály")
			.contains("10.55–11.05 Kérdések, válaszok, felvetések")
			.contains("11.05–11.25 A Társadalmi Innovációs Nemzeti Laboratórium (TINLAB) projekt bemutatása\n"
					+ "   Előadó: Magyar Dániel, igazgató, Eötvös Loránd Tudományegyetem Innovációs Központ")
			.contains("11.25–11.35 Kérdések, válaszok, felvetések")
			.contains("11.35–11.55 A TÖOSZ innovációs programjai: miért és hogyan kapcsolódhatnak be az "
					+ "önkormányzatok?\n   Előadó: Dr. Gyergyák Ferenc, főtitkár, Települési Önkormányzatok "
					+ "Országos Szövetsége")
			.contains("11.55–12.05 Kérdések, válaszok, felvetések")
			.contains("12.05–12.25 Milyen hatása van az innovációnak az önkormányzatok életében?\n"
					+ "   Előadó: Simon Erika, alpolgármester, Szada Nagyközség Önkormányzata")
			.contains("12.25–12.45 Kérdések, válaszok, felvetések")
			.contains("12.45–12.50 Zárszó\n   Előadó: Dr. Zongor Gábor")
			.doesNotContain("10.00-10")
			.doesNotContain("10,25");
		assertThat(text.indexOf("9.30–10.00")).isLessThan(text.indexOf("10.00–10.25"));
		assertThat(text.indexOf("12.25–12.45")).isLessThan(text.indexOf("12.45–12.50"));

		String html = letterTo(Gender.MALE).html();
		assertThat(html).contains("10.25–10.55")
			.contains("<strong>Hugyák István</strong>, főosztályvezető")
			.contains("<strong>Simon Erika</strong>, alpolgármester, Szada Nagyközség Önkormányzata");
	}

	@Test
	void whatTheOfficeTypesIsShownEscapedInParagraphs() {
		this.campaigns.describe(this.campaign.getId(),
				new InvitationCampaignForm(this.conference.id(), "Tárgy <b>félkövér</b>",
						"Első bekezdés <script>alert(1)</script>\nmásodik sora\n\n\nMásodik bekezdés & társai", "Pécs",
						LocalDate.of(2021, 6, 8), "A <i>programiroda</i>", false));

		RenderedMail letter = letterTo(Gender.FEMALE);

		assertThat(letter.subject()).isEqualTo("Tárgy <b>félkövér</b>");
		assertThat(letter.html()).contains("Első bekezdés &lt;script&gt;alert(1)&lt;/script&gt;<br>második sora</p>")
			.contains("<p>Második bekezdés &amp; társai</p>")
			.contains("A &lt;i&gt;programiroda&lt;/i&gt;")
			.contains("Pécs, 2021. június 8.")
			.doesNotContain("<script>")
			.doesNotContain("<i>programiroda");
		assertThat(letter.text()).contains("Első bekezdés <script>alert(1)</script>\nmásodik sora\n");
	}

	@Test
	void webAddressesTheOfficeWritesAreLinksInTheHtmlPart() {
		this.campaigns.describe(this.campaign.getId(),
				new InvitationCampaignForm(this.conference.id(), "Tárgy",
						"A program részletei: https://toosz.hu/programok/2021-junius. Kérdés esetén\n"
								+ "(https://toosz.hu/kapcsolat) vagy „https://gyakorlattar.hu”, <javascript:alert(1)>",
						"Pécs", LocalDate.of(2021, 6, 8), "A programiroda", false));

		RenderedMail letter = letterTo(Gender.FEMALE);

		assertThat(letter.html())
			.contains("A program részletei: <a href=\"https://toosz.hu/programok/2021-junius\">"
					+ "https://toosz.hu/programok/2021-junius</a>. Kérdés esetén<br>")
			.contains("(<a href=\"https://toosz.hu/kapcsolat\">https://toosz.hu/kapcsolat</a>)")
			.contains("„<a href=\"https://gyakorlattar.hu\">https://gyakorlattar.hu</a>”")
			.doesNotContain("href=\"javascript");
		assertThat(letter.text())
			.contains("A program részletei: https://toosz.hu/programok/2021-junius. Kérdés esetén");
	}

	private RenderedMail letterTo(Gender gender) {
		return this.campaigns.preview(this.campaign.getId(), Optional.of(new MunicipalityContactView("17376", "Aba",
				new PersonName("", "Példa", "Anna"), gender, "polgarmester@aba.example", "")));
	}

}
