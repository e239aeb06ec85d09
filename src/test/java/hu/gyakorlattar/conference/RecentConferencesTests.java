package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conference a registration reads comes from memory while it is recent, and an edit
 * made on this instance shows at once.
 */
@ApplicationTest
class RecentConferencesTests {

	@Autowired
	RecentConferences recent;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void anEditOnThisInstanceShowsAtOnce() {
		long id = conference("Friss nézet");
		assertThat(this.recent.find(id).orElseThrow().capacity()).isEqualTo(100);

		ConferencesForRegistrationTests.changeCapacity(this.conferences, id, 120);
		assertThat(this.recent.find(id).orElseThrow().capacity()).isEqualTo(120);

		this.conferences.withdraw(id);
		assertThat(this.recent.find(id).orElseThrow().published()).isFalse();
	}

	@Test
	void aRecentViewIsReadFromMemoryNotFromTheDatabase() {
		long id = conference("Emlékezetből");
		assertThat(this.recent.find(id).orElseThrow().capacity()).isEqualTo(100);
		// A change this instance is not told of (as if made on another one) shows only
		// once the view is no longer recent.
		this.jdbc.update("update conference set capacity = 130 where id = ?", id);
		assertThat(this.recent.find(id).orElseThrow().capacity()).isEqualTo(100);
	}

	@Test
	void aConferenceThatDoesNotExistIsNotFound() {
		assertThat(this.recent.find(-1)).isEmpty();
	}

	private long conference(String title) {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(10);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, 100, day.minusDays(20).atTime(9, 0), day.minusDays(1).atTime(23, 0)));
	}

}
