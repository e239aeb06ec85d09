package hu.gyakorlattar;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.PersonView;
import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.DemoYearsForTests;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.Bilingual;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows the English site with English content: the 2021 programme year, its
 * themes and their prize sponsors, the steering committee, the calls and the conferences
 * with their agendas and their speakers' posts, organisations and bios all have English
 * versions (the practices' own test is in {@code practice.PracticeInEnglishTests}).
 * Written on the first start, the demo's rows are the first of their kind; tests sharing
 * the context add theirs after them.
 */
@ApplicationTest
class DemoContentInEnglishTests {

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	CallManagement calls;

	@Autowired
	ConferenceManagement conferences;

	@Test
	void theDemoProgrammeYearItsThemesCommitteeCallsAndConferencesHaveEnglishVersions() {
		int thisYear = DemoYearsForTests.current(this.programme);
		for (CycleView cycle : List.of(this.programme.cycle(2021).orElseThrow(),
				this.programme.cycle(thisYear).orElseThrow())) {
			assertThat(List.of(cycle.title(), cycle.summary())).allSatisfy(this::hasEnglish);
			List<ThemeView> themes = cycle.themes().subList(0, 4);
			assertThat(themes).allSatisfy((theme) -> {
				hasEnglish(theme.name());
				hasEnglish(theme.description());
				if (!theme.prizeSponsor().hu().isEmpty()) {
					hasEnglish(theme.prizeSponsor());
				}
			});
			// this year's committee is without the two ministries dissolved in 2022
			int demoMembers = (cycle.year() == 2021) ? 11 : 9;
			assertThat(cycle.committee().subList(0, demoMembers)).allSatisfy(this::hasEnglish);
		}

		List<CallView> demoCalls = Stream.of(2021, thisYear)
			.distinct()
			.flatMap((year) -> this.calls.published(year).stream())
			.sorted(Comparator.comparingLong(CallView::id))
			.limit(2)
			.toList();
		assertThat(demoCalls).hasSize(2).allSatisfy((call) -> {
			hasEnglish(new Bilingual(call.textHu(), call.textEn()));
			hasEnglish(new Bilingual(call.eligibilityHu(), call.eligibilityEn()));
		});

		List<ConferenceView> demoConferences = this.conferences.published()
			.stream()
			.sorted(Comparator.comparingLong(ConferenceView::id))
			.limit(2)
			.toList();
		assertThat(demoConferences).hasSize(2)
			.anySatisfy((conference) -> assertThat(conference.title())
				.isEqualTo("Önkormányzati innovációk és jó gyakorlatok"))
			.allSatisfy((conference) -> {
				hasEnglish(conference.bilingualTitle());
				hasEnglish(conference.bilingualDescription());
				assertThat(conference.agenda()).isNotEmpty()
					.extracting(AgendaItemView::bilingualTitle)
					.allSatisfy(this::hasEnglish);
				assertThat(conference.moderator()).isNotNull();
				assertThat(people(conference)).allSatisfy((person) -> {
					hasEnglish(person.bilingualPost());
					hasEnglish(person.bilingualOrganisation());
					hasEnglishIfWritten(person.bilingualBio());
				});
			});
		assertThat(demoConferences.stream().flatMap(this::people).map(PersonView::bilingualBio))
			.as("the demo has speakers' bios")
			.anySatisfy(this::hasEnglish);
	}

	/** The moderator and the speakers: everyone the pages describe. */
	private Stream<PersonView> people(ConferenceView conference) {
		return Stream.concat(Stream.of(conference.moderator()),
				conference.agenda().stream().flatMap((item) -> item.speakers().stream()));
	}

	private void hasEnglishIfWritten(Bilingual text) {
		if (!text.hu().isEmpty()) {
			hasEnglish(text);
		}
	}

	private void hasEnglish(Bilingual text) {
		assertThat(text.hu()).isNotBlank();
		assertThat(text.hasEnglish()).as("an English version of \"%s\"", text.hu()).isTrue();
	}

}
