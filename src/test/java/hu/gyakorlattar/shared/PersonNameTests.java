package hu.gyakorlattar.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTests {

	@Test
	void peopleStandInHungarianAlphabeticalOrderOfFamilyAndGivenNames() {
		assertThat(sorted(name("", "Molnár", "Zoltán"), name("", "Mészáros", "Attila"), name("", "Öveges", "Ödön"),
				name("", "Oláh", "Krisztina"), name("", "Csonka", "Béla"), name("", "Cserepes", "Anna")))
			.containsExactly("Cserepes Anna", "Csonka Béla", "Mészáros Attila", "Molnár Zoltán", "Oláh Krisztina",
					"Öveges Ödön");
	}

	@Test
	void aTitleCountsForNothingWhetherInItsFieldOrTypedIntoTheFamilyName() {
		assertThat(sorted(name("", "Nagy", "Péter"), name("dr.", "Kovács", "Éva"),
				name("", "dr. Kovácsné Szűts", "Erzsébet"), name("", "Ifj. Lengyel", "Tamás"),
				name("", "Bakos", "Judit"), name("", "Kovács", "Éva")))
			.containsExactly("Bakos Judit", "Kovács Éva", "dr. Kovács Éva", "dr. Kovácsné Szűts Erzsébet",
					"Ifj. Lengyel Tamás", "Nagy Péter");
	}

	@Test
	void aNameIsWrittenPrefixFamilyNameGivenNameLeavingOutWhatIsEmpty() {
		assertThat(name("Dr.", "Zongor", "Gábor")).hasToString("Dr. Zongor Gábor");
		assertThat(name(null, " Zongor ", "")).hasToString("Zongor");
	}

	@Test
	void anEnglishReaderReadsTheGivenNameFirstAfterACapitalisedPrefix() {
		assertThat(name("dr.", "Kovács", "Éva").in(Locale.ENGLISH)).isEqualTo("Dr. Éva Kovács");
		assertThat(name("", "Smith", "Jane").in(Locale.ENGLISH)).isEqualTo("Jane Smith");
		assertThat(name(null, "Smith", "").in(Locale.ENGLISH)).isEqualTo("Smith");
		assertThat(name("dr.", "Kovács", "Éva").in(Locale.forLanguageTag("hu"))).isEqualTo("dr. Kovács Éva");
	}

	private static PersonName name(String prefix, String familyName, String givenName) {
		return new PersonName(prefix, familyName, givenName);
	}

	private static List<String> sorted(PersonName... names) {
		return Stream.of(names).sorted(PersonName.hungarianOrder()).map(PersonName::toString).toList();
	}

}
