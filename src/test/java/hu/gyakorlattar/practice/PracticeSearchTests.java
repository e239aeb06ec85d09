package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.StatementCounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base's search over the demo practices: Hungarian queries find the
 * practice a municipality looks for in the first five results, facets count and narrow,
 * and nothing a visitor types breaks the search.
 */
@ApplicationTest
class PracticeSearchTests {

	static final Locale HU = Locale.forLanguageTag("hu-HU");

	/**
	 * The relevance check: a Hungarian query as a municipal clerk would type it, and the
	 * demo practice it should find. Inflected forms, missing accents, compounds and
	 * synonyms are all in here.
	 */
	static final List<String[]> QUERY_SET = List.of(
			new String[] { "idősek nappali ellátása", "Szépkorúak nappali klubja" },
			new String[] { "idosek nappali ellatasa", "Szépkorúak nappali klubja" },
			new String[] { "szépkorúak klubja", "Szépkorúak nappali klubja" },
			new String[] { "nyugdíjasok magánya telefon", "telefonos lelki segítő" },
			new String[] { "jelzőrendszeres házi segítségnyújtás", "Jelzőrendszeres házi segítségnyújtás" },
			new String[] { "demencia", "Demenciabarát Pécs" },
			new String[] { "alzheimeres betegek hozzátartozói", "Demenciabarát Pécs" },
			new String[] { "kerékpár", "kerékpárút-hálózat" }, new String[] { "kerekpar", "kerékpárút-hálózat" },
			new String[] { "bicikliutak", "kerékpárút-hálózat" },
			new String[] { "térfigyelő kamerák", "térfigyelő kamerarendszer" },
			new String[] { "polgárőrség toborzása", "polgárőr-mentorprogram" },
			new String[] { "unokázós csalás", "trükkös csalások" },
			new String[] { "bűnmegelőzési program fiataloknak", "iskolai bűnmegelőzési program" },
			new String[] { "iskolai bűnmegelőzés", "iskolai bűnmegelőzési program" },
			new String[] { "családon belüli erőszak", "áldozatsegítő pont" },
			new String[] { "tanoda roma gyerekeknek", "Szendrői tanoda" },
			new String[] { "cigány fiatalok továbbtanulása", "roma fiatalok továbbtanulásáért" },
			new String[] { "szociális bérlakás", "szociális bérlakásprogram" },
			new String[] { "hajléktalanok lakhatása", "lakhatás először" },
			new String[] { "adósságkezelés", "adósságkezelési tanácsadás" },
			new String[] { "közmunka zöldségtermesztés", "Szociális földprogram" },
			new String[] { "napelemek önkormányzati épületeken", "napelemes önkormányzati épületek" },
			new String[] { "napelem", "napelemes önkormányzati épületek" },
			new String[] { "okos város", "okos város platform" },
			new String[] { "kátyú bejelentése applikációval", "lakossági hibabejelentő" },
			new String[] { "elektronikus ügyintézés", "elektronikus ügyintézés" },
			new String[] { "e-ugyintezes online urlap", "elektronikus ügyintézés" },
			new String[] { "részvételi költségvetés", "részvételi költségvetés" },
			new String[] { "falugondnok", "falugondnoki szolgálat" },
			new String[] { "önkormányzatok közös busza", "közösségi busz" },
			new String[] { "ifjúsági önkormányzat", "ifjúsági önkormányzat" }, new String[] { "Szada", "Szadán" },
			new String[] { "onkormanyzati innovacio fiatalok", "fiatalok innovációs" },
			new String[] { "termálvíz fűtés", "termálvíz hőhasznosítás" });

	/** Szolnok's KSH code, and its county. */
	static final String SZOLNOK = "27854";

	static final String SZOLNOK_COUNTY = "Jász-Nagykun-Szolnok";

	@Autowired
	PracticeManagement practices;

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry meters;

	@Test
	void everyQueryOfTheRelevanceSetFindsItsPracticeInTheFirstFive() throws IOException {
		List<String> report = new ArrayList<>();
		List<String> misses = new ArrayList<>();
		for (String[] check : QUERY_SET) {
			PracticeResults results = this.practices.search(query(check[0]), HU);
			int rank = rankOf(results, check[1]);
			report.add(String.format("%-40s %-45s rank %s of %d", check[0], check[1], (rank > 0) ? rank : "-",
					results.total()));
			if (rank < 1 || rank > 5) {
				misses.add(check[0] + " → " + check[1] + " (rank " + rank + ")");
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "practice-relevance.txt"), report);
		report.forEach(System.out::println);
		assertThat(misses).as("queries whose practice was not in the first five").isEmpty();
	}

	@Test
	void inflectedFormsAndMissingAccentsFindTheSamePractices() {
		long onkormanyzat = this.practices.search(query("önkormányzat"), HU).total();
		assertThat(onkormanyzat).isGreaterThan(3);
		assertThat(this.practices.search(query("önkormányzati"), HU).total()).isEqualTo(onkormanyzat);
		assertThat(this.practices.search(query("önkormányzatok"), HU).total()).isEqualTo(onkormanyzat);
		assertThat(this.practices.search(query("onkormanyzat"), HU).total()).isEqualTo(onkormanyzat);
		assertThat(titles(this.practices.search(query("idosellatas"), HU)))
			.isEqualTo(titles(this.practices.search(query("idősellátás"), HU)));
	}

	@Test
	void theElderlyAreFoundWithOrWithoutAccentsAndNotThroughTime() {
		List<String> elderly = everyTitle("idősek");

		assertThat(elderly).isNotEmpty().containsExactlyInAnyOrderElementsOf(everyTitle("idosek"));
		// "idős" is derived from "idő" (time): a smart street lighting is not for the
		// elderly
		assertThat(elderly).noneMatch((title) -> title.startsWith("Paksi okos közvilágítás"));
	}

	private List<String> everyTitle(String text) {
		return titles(
				this.practices.search(new PracticeQuery(text, null, null, null, null, null, null, null, 0, 100), HU));
	}

	@Test
	void titleAndSummaryWeighMoreThanTheBody() {
		PracticeResults results = this.practices.search(query("demencia"), HU);
		assertThat(results.items().get(0).title()).startsWith("Demenciabarát Pécs");
	}

	@Test
	void snippetsMarkTheWordsFoundAndEscapeTheText() {
		PracticeResults results = this.practices.search(query("tanoda"), HU);
		PracticeResults.Hit hit = results.items().get(0);
		assertThat(hit.snippetHtml()).contains("<mark>").containsIgnoringCase("tanoda</mark>");
		assertThat(hit.snippetHtml().replaceAll("</?mark>", "")).doesNotContain("<", ">");
	}

	@Test
	void aPhraseInQuotesIsMarkedWhole() {
		assertThat(this.practices.search(query("\"családon belüli erőszak\""), HU).items().get(0).snippetHtml())
			.contains("<mark>családon belüli erőszak</mark>");
	}

	@Test
	void aWordOnlyTheBodyHasIsShownInTheBodysSentence() {
		PracticeResults.Hit hit = this.practices.search(query("üzemanyag"), HU)
			.items()
			.stream()
			.filter((found) -> found.title().startsWith("Szépkorúak nappali klubja"))
			.findFirst()
			.orElseThrow();
		assertThat(hit.snippetHtml()).contains("<mark>üzemanyag</mark>").contains("sofőröknek");
		assertThat(hit.titleHtml()).isNull();
	}

	@Test
	void everyThemeOfTheFacetsIsNamedAlsoWhenThePageShowsNoPracticeOfIt() {
		List<String> onAPageOfOne = themeLabels(PracticeQuery.all(1));

		assertThat(onAPageOfOne).hasSize(4).noneMatch((label) -> label.startsWith("#"));
		assertThat(onAPageOfOne).containsExactlyElementsOf(themeLabels(PracticeQuery.all(100)));
	}

	private List<String> themeLabels(PracticeQuery query) {
		return this.practices.search(query, HU)
			.facets()
			.theme()
			.stream()
			.map(PracticeResults.FacetValue::label)
			.toList();
	}

	@Test
	void facetsCountThePracticesOfEachValueAndNarrowTheSearch() {
		PracticeResults all = this.practices.search(PracticeQuery.all(10), HU);
		assertThat(all.total()).isEqualTo(this.practices.countPublished()).isGreaterThanOrEqualTo(40);
		assertThat(all.facets().theme()).hasSize(4);
		assertThat(all.facets().theme().stream().mapToLong(PracticeResults.FacetValue::count).sum())
			.isEqualTo(all.total());
		assertThat(all.facets().county().size()).isGreaterThanOrEqualTo(15);
		assertThat(all.facets().band()).extracting(PracticeResults.FacetValue::value)
			.containsExactly("UNDER_1K", "FROM_1K", "FROM_5K", "FROM_20K", "OVER_100K");
		assertThat(all.facets().year()).extracting(PracticeResults.FacetValue::value).containsExactly("2021");
		assertThat(all.facets().award()).extracting(PracticeResults.FacetValue::label).contains("Legjobb gyakorlat");

		PracticeResults.FacetValue pest = all.facets()
			.county()
			.stream()
			.filter((value) -> value.value().equals("Pest"))
			.findFirst()
			.orElseThrow();
		PracticeResults inPest = this.practices
			.search(new PracticeQuery(null, null, "Pest", null, null, null, null, null, 0, 50), HU);
		assertThat(inPest.total()).isEqualTo(pest.count());
		assertThat(inPest.items()).allSatisfy((hit) -> assertThat(hit.counties()).contains("Pest"));

		PracticeResults villages = this.practices.search(new PracticeQuery("idősek", null, null, LegalStatus.KOZSEG,
				PopulationBand.UNDER_1K, 2021, null, null, 0, 50), HU);
		assertThat(villages.items()).extracting(PracticeResults.Hit::title)
			.anyMatch((title) -> title.startsWith("Bózsvai falugondnoki"));
		assertThat(villages.items()).allSatisfy((hit) -> assertThat(hit.population()).isLessThan(1000));
	}

	/**
	 * What a visitor reads beside a facet value is what choosing it finds: for practices
	 * with several owners in one county or of one kind too, each counted once.
	 */
	@Test
	void eachFacetValueCountsThePracticesChoosingItFinds() {
		for (String text : new String[] { null, "idősek", "önkormányzat", "kerekpar", "\"nappali ellátás\"" }) {
			PracticeResults.Facets facets = this.practices.search(query(text, PracticeQuery.all(10)), HU).facets();
			Map<String, List<PracticeResults.FacetValue>> byFacet = Map.of("theme", facets.theme(), "county",
					facets.county(), "status", facets.status(), "band", facets.band(), "year", facets.year(), "award",
					facets.award());
			assertThat(facets.county()).as(text).isNotEmpty();
			byFacet.forEach((facet, values) -> values.forEach((value) -> {
				PracticeQuery chosen = query(text, narrowed(facet, value.value()));
				assertThat(this.practices.search(chosen, HU).total()).as("%s: %s %s", text, facet, value.value())
					.isEqualTo(value.count());
			}));
		}
	}

	/**
	 * A search asked again is answered from what the index answered before only while the
	 * index is unchanged: a practice published or withdrawn in between counts or no
	 * longer does, beside the results and the facet values.
	 */
	@Test
	void aSearchAskedAgainCountsWhatWasPublishedAndWithdrawnInBetween() {
		PracticeQuery query = query("falugondnok", PracticeQuery.all(10));
		PracticeResults before = this.practices.search(query, HU);
		double kept = cachedAnswers();
		assertThat(this.practices.search(query, HU)).isEqualTo(before);
		assertThat(cachedAnswers()).as("answered from the kept answer").isEqualTo(kept + 1);
		long theme = Long.parseLong(before.facets().theme().get(0).value());
		String title = "Falugondnoki zúzmarafigyelő szolgálat";
		PublishedPractice added = PracticesForTests.published(this.context, 2021, theme, title, SZOLNOK);
		try {
			PracticeResults after = this.practices.search(query, HU);
			assertThat(after.total()).isEqualTo(before.total() + 1);
			assertThat(count(after.facets().county(), SZOLNOK_COUNTY))
				.isEqualTo(count(before.facets().county(), SZOLNOK_COUNTY) + 1);
			assertThat(after.items()).extracting(PracticeResults.Hit::title).contains(title);
		}
		finally {
			PracticesForTests.withdrawn(this.context, added.id());
		}
		PracticeResults withdrawn = this.practices.search(query, HU);
		assertThat(withdrawn.total()).isEqualTo(before.total());
		assertThat(withdrawn.facets()).isEqualTo(before.facets());
		assertThat(cachedAnswers()).as("the index changed twice: asked it again").isEqualTo(kept + 1);
	}

	/**
	 * A page asked again is shown as it was without reading its practices from the
	 * database or marking them again, in each language as that language shows it; a
	 * practice edited in between is shown edited.
	 */
	@Test
	void aPageAskedAgainIsShownAsBeforeInEachLanguageAndAnEditedPracticeAsEdited() throws Exception {
		PracticeQuery query = query("falugondnok", PracticeQuery.all(10));
		PracticeResults hungarian = this.practices.search(query, HU);
		PracticeResults english = this.practices.search(query, Locale.ENGLISH);
		assertThat(english.items()).extracting(PracticeResults.Hit::title)
			.isNotEqualTo(hungarian.items().stream().map(PracticeResults.Hit::title).toList());
		PracticeResults[] again = new PracticeResults[1];
		long statements = StatementCounts.of(() -> again[0] = this.practices.search(query, HU));
		assertThat(again[0]).isEqualTo(hungarian);
		assertThat(statements).as("only the thesaurus's version is read, not the page's practices")
			.isLessThanOrEqualTo(1);
		assertThat(this.practices.search(query, Locale.ENGLISH)).isEqualTo(english);
		// a page showing fewer themes than its facets name
		PracticeQuery first = PracticeQuery.all(1);
		PracticeResults one = this.practices.search(first, HU);
		assertThat(one.facets().theme()).hasSizeGreaterThan(1);
		assertThat(StatementCounts.of(() -> assertThat(this.practices.search(first, HU)).isEqualTo(one)))
			.isLessThanOrEqualTo(1);

		long theme = Long.parseLong(hungarian.facets().theme().get(0).value());
		PublishedPractice added = PracticesForTests.published(this.context, 2021, theme,
				"Falugondnoki hóeltakarító szolgálat", SZOLNOK);
		try {
			PracticeQuery own = query("hóeltakarító falugondnok");
			assertThat(this.practices.search(own, HU).items().get(0).title())
				.isEqualTo("Falugondnoki hóeltakarító szolgálat");
			PracticesForTests.retitled(this.context, added.id(), 2021, theme, "Falugondnoki hóeltakarító brigád",
					SZOLNOK);
			assertThat(this.practices.search(own, HU).items().get(0).title())
				.isEqualTo("Falugondnoki hóeltakarító brigád");
		}
		finally {
			PracticesForTests.withdrawn(this.context, added.id());
		}
	}

	private double cachedAnswers() {
		return this.meters.get(CachedSearches.METER).tag("result", "hit").counter().count();
	}

	/**
	 * The gazetteer puts Budapest's districts in the county "főváros"; readers, in
	 * English too, see them under Budapest, while the filter keeps the gazetteer's value.
	 */
	@Test
	void budapestsDistrictsAreShownUnderBudapest() {
		for (Locale locale : List.of(HU, Locale.ENGLISH)) {
			PracticeResults districts = this.practices.search(narrowed("county", "főváros"), locale);
			assertThat(districts.total()).isGreaterThanOrEqualTo(3);
			assertThat(districts.facets().county())
				.extracting(PracticeResults.FacetValue::value, PracticeResults.FacetValue::label)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("főváros", "Budapest"));
			assertThat(districts.items()).allSatisfy((hit) -> assertThat(hit.counties()).containsExactly("Budapest"));
		}
	}

	private static long count(List<PracticeResults.FacetValue> values, String value) {
		return values.stream()
			.filter((v) -> v.value().equals(value))
			.mapToLong(PracticeResults.FacetValue::count)
			.sum();
	}

	private static PracticeQuery query(String text, PracticeQuery query) {
		return new PracticeQuery(text, query.theme(), query.county(), query.status(), query.band(), query.year(),
				query.award(), PracticeQuery.Order.RELEVANCE, 0, 10);
	}

	private static PracticeQuery narrowed(String facet, String value) {
		PracticeQuery.Order order = PracticeQuery.Order.RELEVANCE;
		return switch (facet) {
			case "theme" -> new PracticeQuery(null, Long.valueOf(value), null, null, null, null, null, order, 0, 10);
			case "county" -> new PracticeQuery(null, null, value, null, null, null, null, order, 0, 10);
			case "status" ->
				new PracticeQuery(null, null, null, LegalStatus.valueOf(value), null, null, null, order, 0, 10);
			case "band" ->
				new PracticeQuery(null, null, null, null, PopulationBand.valueOf(value), null, null, order, 0, 10);
			case "year" -> new PracticeQuery(null, null, null, null, null, Integer.valueOf(value), null, order, 0, 10);
			default -> new PracticeQuery(null, null, null, null, null, null, AwardLevel.valueOf(value), order, 0, 10);
		};
	}

	@Test
	void resultsSortByNewestAndByPopulation() {
		PracticeResults smallest = this.practices.search(
				new PracticeQuery(null, null, null, null, null, null, null, PracticeQuery.Order.SMALLEST, 0, 50), HU);
		assertThat(smallest.items()).extracting(PracticeResults.Hit::population).isSorted();
		PracticeResults largest = this.practices.search(
				new PracticeQuery(null, null, null, null, null, null, null, PracticeQuery.Order.LARGEST, 0, 50), HU);
		assertThat(largest.items().get(0).population()).isGreaterThan(100_000);
	}

	@Test
	void pagesSplitTheResults() {
		PracticeResults first = this.practices.search(PracticeQuery.all(10), HU);
		PracticeResults second = this.practices.search(PracticeQuery.all(10).withPage(1), HU);
		assertThat(first.items()).hasSize(10);
		assertThat(second.items()).hasSize(10);
		assertThat(titles(first)).doesNotContainAnyElementsOf(titles(second));
		assertThat(first.totalPages()).isEqualTo((int) ((first.total() + 9) / 10));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*?~:\"\\", "\"", "idős*", "kerékpár~2", "a:b", "(((", ")", "-", "+", "|", "\\",
			"title:demencia", "[1 TO 5]", "{}", "!", "&&", "AND OR NOT", "<script>alert(1)</script>", "%", "'",
			"idősek \"nappali", "--demencia" })
	void queriesWithOperatorsAndOddCharactersAreTreatedAsText(String text) {
		PracticeResults results = this.practices.search(query(text), HU);
		assertThat(results).isNotNull();
		assertThat(results.total()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void aVeryLongQueryIsCutNotRefused() {
		String text = "idősek nappali ellátása ".repeat(500);
		PracticeResults results = this.practices.search(query(text), HU);
		assertThat(titles(results)).anyMatch((title) -> title.startsWith("Szépkorúak nappali klubja"));
	}

	@Test
	void sixteenDifferentWordsAreAnsweredWithTheClosestPractices() {
		PracticeResults results = this.practices.search(
				query("idősek nappali ellátása szociális étkeztetés önkéntesek "
						+ "magány falugondnok polgárőrség bűnmegelőzés kerékpárút tanoda lakhatás napelem okos város"),
				HU);
		assertThat(results.total()).isGreaterThan(10);
		assertThat(results.partial()).isTrue();
	}

	@Test
	void onlyCommonWordsShowEveryPracticeAndSaySo() {
		PracticeResults results = this.practices.search(query("a az és"), HU);
		assertThat(results.textIgnored()).isTrue();
		assertThat(results.total()).isEqualTo(this.practices.countPublished());
	}

	@Test
	void similarPracticesShareTheThemeAndTheWords() {
		PracticeResults found = this.practices.search(query("jelzőrendszeres házi segítségnyújtás"), HU);
		PracticeManagement.Lookup lookup = this.practices.lookup(found.items().get(0).slug());
		List<PracticeResults.Hit> similar = this.practices.similar(lookup.practice().getId(), 4, HU);
		assertThat(similar).hasSize(4);
		assertThat(similar).extracting(PracticeResults.Hit::slug).doesNotContain(lookup.practice().getSlug());
		assertThat(similar.get(0).themes()).contains("Önkormányzati idősellátás");
	}

	@Test
	void aWordNoTextHasNoLongerHidesThePracticesThatHaveTheOthers() {
		PracticeResults results = this.practices.search(query("tanoda korszerűsítése"), HU);
		assertThat(results.items().get(0).title()).startsWith("Szendrői tanoda");
		assertThat(results.partial()).isTrue();
		assertThat(this.practices.search(query("tanoda gyerekeknek"), HU).partial()).isFalse();
	}

	@Test
	void practicesCoveringMoreOfTheWordsComeFirst() {
		PracticeResults results = this.practices.search(query("idősek csalások"), HU);
		assertThat(results.items().get(0).title()).startsWith("Tatai idősek biztonsága");
		assertThat(results.total()).isGreaterThan(5);
	}

	@Test
	void aMisspelledWordGetsTheNearestWordOfTheTextsAsASuggestionAndItsPractices() {
		PracticeResults results = this.practices.search(query("szocalis szövetkezet"), HU);
		assertThat(results.suggestion()).isEqualTo("szociális szövetkezet");
		assertThat(results.items().get(0).title()).startsWith("Sellyei szociális szövetkezet");
		assertThat(this.practices.search(query("szociális szövetkezet"), HU).suggestion()).isNull();
	}

	@Test
	void shortUnknownWordsGetNoSuggestionAndMatchNothing() {
		PracticeResults results = this.practices.search(query("bsuz"), HU);
		assertThat(results.suggestion()).isNull();
		assertThat(results.total()).isZero();
	}

	@Test
	void aCompoundNoTextHasOffersItsPartsToLookForOneByOne() {
		PracticeResults results = this.practices.search(query("hulladékgazdálkodásban"), HU);
		assertThat(results.total()).isZero();
		assertThat(results.compoundParts()).containsExactly("hulladék", "gazdálkodásban");
		assertThat(this.practices.search(query("bsuz"), HU).compoundParts()).isEmpty();
		assertThat(this.practices.search(query("falugondnok"), HU).compoundParts()).as("found: nothing to offer")
			.isEmpty();
	}

	@Test
	void wordsInQuotesMatchOnlyNextToEachOtherInThatOrder() {
		assertThat(titles(this.practices.search(query("\"nappali ellátás\""), HU)))
			.anyMatch((title) -> title.startsWith("Szépkorúak nappali klubja"));
		assertThat(this.practices.search(query("\"ellátás nappali\""), HU).total()).isZero();
		assertThat(titles(this.practices.search(query("ellátás nappali"), HU)))
			.anyMatch((title) -> title.startsWith("Szépkorúak nappali klubja"));
	}

	@Test
	void thePartsOfACompoundFindItAndACompoundFindsItsParts() {
		assertThat(titles(this.practices.search(query("gondnok"), HU))).anyMatch((title) -> title.startsWith("Bózsvai"))
			.anyMatch((title) -> title.startsWith("Tanyagondnoki"));
		assertThat(titles(this.practices.search(query("világítás"), HU)).get(0)).startsWith("Paksi");
		assertThat(titles(this.practices.search(query("falubusz"), HU)).get(0)).startsWith("Telkibányai");
		assertThat(titles(this.practices.search(query("klímavédelem"), HU)))
			.noneMatch((title) -> title.startsWith("Bicskei"));
	}

	/**
	 * A draft is not in the index: a word only a draft has is read as any word the
	 * published texts lack, here as a compound of words they have.
	 */
	@Test
	void aWordOnlyADraftHasIsReadAsIfTheDraftWereNotThere() {
		long theme = Long.parseLong(this.practices.search(query(""), HU).facets().theme().get(0).value());
		PracticesForTests.draft(this.context, 2021, theme, "Falubusz a tanyákon", SZOLNOK);

		PracticeResults found = this.practices.search(query("falubusz"), HU);
		assertThat(titles(found).get(0)).startsWith("Telkibányai");
		assertThat(titles(found)).noneMatch((title) -> title.contains("tanyákon"));
	}

	@Test
	void derivedWordsMeetThroughTheirDictionaryRoots() {
		assertThat(titles(this.practices.search(query("foglalkoztatás"), HU)))
			.anyMatch((title) -> title.contains("közfoglalkoztatás"));
		assertThat(titles(this.practices.search(query("betörések"), HU)))
			.anyMatch((title) -> title.startsWith("Bátonyterenyei"));
	}

	static PracticeQuery query(String text) {
		return new PracticeQuery(text, null, null, null, null, null, null, null, 0, 10);
	}

	static int rankOf(PracticeResults results, String titlePart) {
		for (int i = 0; i < results.items().size(); i++) {
			if (results.items().get(i).title().toLowerCase(HU).contains(titlePart.toLowerCase(HU))) {
				return i + 1;
			}
		}
		return -1;
	}

	static List<String> titles(PracticeResults results) {
		return results.items().stream().map(PracticeResults.Hit::title).toList();
	}

}
