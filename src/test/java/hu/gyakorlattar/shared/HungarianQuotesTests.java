package hu.gyakorlattar.shared;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class HungarianQuotesTests {

	@Test
	void aQuotedTitleThatQuotesSomethingGetsInnerQuotes() {
		assertThat(HungarianQuotes.nested("Őriszentpéter „„Szomszédolás” – közösségi programok az Őrségben” című"))
			.isEqualTo("Őriszentpéter „»Szomszédolás« – közösségi programok az Őrségben” című");
		assertThat(HungarianQuotes.nested("a „Lakótelepi „zöld” udvarok” és a „Kertek” gyakorlat"))
			.isEqualTo("a „Lakótelepi »zöld« udvarok” és a „Kertek” gyakorlat");
	}

	@Test
	void quotesSideBySideAndTextWithoutThemStayAsTheyAre() {
		assertThat(HungarianQuotes.nested("a „Kertek” és a „Padok” gyakorlat"))
			.isEqualTo("a „Kertek” és a „Padok” gyakorlat");
		assertThat(HungarianQuotes.nested("semmi ” különös")).isEqualTo("semmi ” különös");
		assertThat(HungarianQuotes.nested(null)).isNull();
	}

	@Test
	void theBundlesSentencesNestTheQuotesOfWhatTheyQuote() {
		MessageSource messages = new WebConfiguration().messageSource();
		assertThat(messages.getMessage("mail.registration.confirmed.body",
				new Object[] { "„Jó gyakorlatok” napja", "2026. december 8. (kedd) 9.30" },
				WebConfiguration.Languages.HUNGARIAN))
			.contains("helye biztosított a „»Jó gyakorlatok« napja” online konferencián");
	}

}
