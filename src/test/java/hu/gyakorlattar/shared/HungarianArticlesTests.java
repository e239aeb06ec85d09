package hu.gyakorlattar.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class HungarianArticlesTests {

	@Test
	void aQuotedTitleTakesTheArticleOfItsFirstWord() {
		assertThat(HungarianArticles.resolve("részt vett a(z) „Önkormányzati innovációk” konferencián"))
			.isEqualTo("részt vett az „Önkormányzati innovációk” konferencián");
		assertThat(HungarianArticles.resolve("részt vett a(z) „Tudásprogram 2026” konferencián"))
			.isEqualTo("részt vett a „Tudásprogram 2026” konferencián");
		assertThat(HungarianArticles.resolve("A(z) Ügyfélkapu és a(z) Hivatali kapu"))
			.isEqualTo("Az Ügyfélkapu és a Hivatali kapu");
	}

	@Test
	void aNumberTakesTheArticleItsReadingStartsWith() {
		// egy, öt, ötven, ötszáz, ezer, ezerkétszáz, ötezer, egymillió, első
		for (String az : new String[] { "1", "5", "50", "55", "500", "1000", "1200", "1\u00a0200", "5000", "50 000",
				"1000000", "1." }) {
			assertThat(HungarianArticles.resolve("a(z) " + az + " férőhelyből")).as(az)
				.isEqualTo("az " + az + " férőhelyből");
		}
		// nulla, kettő, tíz, tizenegy, száz, százötven, kétszázötven, kétezer,
		// tizenegyezer, második
		for (String a : new String[] { "0", "2", "10", "11", "100", "150", "250", "2000", "11\u202f000", "2." }) {
			assertThat(HungarianArticles.resolve("a(z) " + a + " férőhelyből")).as(a)
				.isEqualTo("a " + a + " férőhelyből");
		}
	}

	@Test
	void anAbbreviationWithoutVowelsIsReadLetterByLetter() {
		assertThat(HungarianArticles.resolve("a(z) SZMSZ szerint")).isEqualTo("az SZMSZ szerint");
		assertThat(HungarianArticles.resolve("a(z) KSH adatai")).isEqualTo("a KSH adatai");
		assertThat(HungarianArticles.resolve("a(z) MÁK adatai")).isEqualTo("a MÁK adatai");
		assertThat(HungarianArticles.resolve("a(z) Nyíregyháza címre")).isEqualTo("a Nyíregyháza címre");
	}

	@Test
	void marksAndTagsBeforeTheWordAreSkipped() {
		assertThat(HungarianArticles.resolve("a(z) „<span lang=\"hu\">Esélyegyenlőség</span>” témakörben"))
			.isEqualTo("az „<span lang=\"hu\">Esélyegyenlőség</span>” témakörben");
		assertThat(HungarianArticles.resolve("a(z) ifj.kovacs@pelda.hu címre"))
			.isEqualTo("az ifj.kovacs@pelda.hu címre");
	}

	@Test
	void whatCannotBeReadKeepsBothForms() {
		assertThat(HungarianArticles.resolve("részt vett a(z)")).isEqualTo("részt vett a(z)");
		assertThat(HungarianArticles.resolve("a(z) „\uE0000\uE001” konferencián"))
			.isEqualTo("a(z) „\uE0000\uE001” konferencián");
		assertThat(HungarianArticles.resolve("a(z) … konferencián")).isEqualTo("a(z) … konferencián");
		assertThat(HungarianArticles.resolve("egy szó(z) után")).isEqualTo("egy szó(z) után");
		assertThat(HungarianArticles.resolve("nincs benne")).isEqualTo("nincs benne");
	}

	@Test
	void theBundlesSentencesGetTheirArticleOnceFormatted() {
		MessageSource messages = new WebConfiguration().messageSource();
		Locale hungarian = WebConfiguration.Languages.HUNGARIAN;
		assertThat(messages.getMessage("mail.registration.confirmed.body",
				new Object[] { "Önkormányzati innovációk", "2026. december 8. (kedd) 9.30" }, hungarian))
			.startsWith("Megerősítette regisztrációját, helye biztosított az „Önkormányzati innovációk” online");
		assertThat(messages.getMessage("conference.places.left", new Object[] { 12, 500 }, hungarian))
			.isEqualTo("Még 12 hely szabad az 500 férőhelyből.");
		assertThat(messages.getMessage("conference.places.left", new Object[] { 12, 1200 }, hungarian))
			.matches("Még 12 hely szabad az 1.200 férőhelyből\\.");
		assertThat(messages.getMessage("conference.places.left", new Object[] { 12, 250 }, hungarian))
			.isEqualTo("Még 12 hely szabad a 250 férőhelyből.");
	}

}
