package hu.gyakorlattar.call;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Calls as other modules' tests need them: a theme of their own, every default section
 * and criterion, opening and deadline in Budapest time, published.
 */
public final class CallsForTests {

	private CallsForTests() {
	}

	/** A published call with the default form and criteria; returns its id. */
	public static long published(CallManagement calls, ProgrammeManagement programme, String theme, LocalDateTime opens,
			LocalDateTime deadline) {
		long themeId = ThemesForTests.theme(programme, 2016, theme);
		CallView call = calls.create(new CallForm(themeId, "Felhívás: " + theme, "", "Önkormányzatok pályázhatnak.", "",
				opens.toLocalDate(), opens.toLocalTime(), deadline.toLocalDate(), deadline.toLocalTime(), 1, 5,
				CallForm.defaultSections(), CallForm.defaultCriteria()));
		calls.publish(call.id());
		return call.id();
	}

	/** A published call of an existing theme, with the default form and criteria. */
	public static long publishedFor(CallManagement calls, long themeId, String title, LocalDateTime opens,
			LocalDateTime deadline) {
		CallView call = calls.create(new CallForm(themeId, title, "", "Önkormányzatok pályázhatnak.", "",
				opens.toLocalDate(), opens.toLocalTime(), deadline.toLocalDate(), deadline.toLocalTime(), 1, 5,
				CallForm.defaultSections(), CallForm.defaultCriteria()));
		calls.publish(call.id());
		return call.id();
	}

	/**
	 * The call's deadline has passed: its last minute for applications ended a minute
	 * ago, by the application's clock.
	 */
	public static void deadlinePassed(ApplicationContext context, long callId) {
		Instant deadline = context.getBean(Clock.class).instant().minus(Duration.ofMinutes(2));
		context.getBean(JdbcTemplate.class)
			.update("update call_for_applications set deadline = ? where id = ?", Timestamp.from(deadline), callId);
	}

	/** Budapest wall-clock time of an instant, to the minute. */
	public static LocalDateTime budapest(Instant instant) {
		return ZonedDateTime.ofInstant(instant, HungarianFormats.BUDAPEST).toLocalDateTime().withSecond(0).withNano(0);
	}

}
