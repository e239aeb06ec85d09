package hu.gyakorlattar.questions;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.jspecify.annotations.Nullable;

/**
 * Every open Q&A page of this instance, as a Server-Sent Events stream per page, and the
 * PostgreSQL channel that tells every instance when a conference's questions changed.
 * Writers notify in their transaction ({@link QuestionRepository#notifyChanged}); one
 * connection per instance, outside the pool, LISTENs and sends a {@value #EVENT} event to
 * the conference's streams, whose pages then fetch their fresh lists (changes only
 * moderators see, such as a question awaiting approval, reach only moderators' pages). So
 * a change made on any instance reaches every page on every instance, and a rolled-back
 * one reaches none. Streams are bounded per instance and per participant's registration
 * and address, expire (the browser reconnects), and are dropped as soon as a send fails.
 */
@Component
class LiveQuestions implements SmartLifecycle, DisposableBean {

	static final String CHANNEL = "questions_changed";

	static final String EVENT = "questions";

	/** Tells a page that a newer page of its registration or address took its stream. */
	static final String REPLACED = "replaced";

	private static final Logger log = LoggerFactory.getLogger(LiveQuestions.class);

	private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();

	/**
	 * Each registration's and client address's streams, oldest first; guards every change
	 * to the streams.
	 */
	private final Map<String, Deque<Stream>> owned = new HashMap<>();

	/** When each conference's audience and moderators were last told, for coalescing. */
	private final Map<String, Long> lastSent = new ConcurrentHashMap<>();

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	private static final int SENDERS = 4;

	private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, (task) -> {
		Thread thread = new Thread(task, "questions-sender");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Sends off the listener's thread, so a slow client never delays hearing PostgreSQL.
	 */
	private final ScheduledExecutorService fanOut = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "questions-fan-out");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicInteger open = new AtomicInteger();

	private final DataSource dataSource;

	private final QuestionsProperties properties;

	private volatile boolean running;

	private volatile Thread listener;

	LiveQuestions(DataSource dataSource, QuestionsProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * One open page: a moderator's hears of every change, the audience's of visible ones.
	 * {@code owners} are the keys of the registration and the client address it counts
	 * against (none for a moderator's).
	 */
	private record Stream(long conferenceId, SseEmitter emitter, boolean moderator, List<String> owners) {

	}

	/**
	 * A new stream for a participant's page, or null when this instance already keeps as
	 * many as it may. A registration keeps at most {@code streamsPerRegistration} streams
	 * and a client address {@code streamsPerAddress}: past either, the oldest of that
	 * registration or address is closed, so a reloaded page (or one more tab) keeps
	 * working while one participant cannot hold the instance's streams. The counts are
	 * per instance: behind a load balancer a participant may keep that many on each.
	 */
	@Nullable SseEmitter followAsParticipant(long conferenceId, long registrationId, String address) {
		return follow(conferenceId, false, Map.of("registration:" + registrationId,
				this.properties.streamsPerRegistration(), "address:" + address, this.properties.streamsPerAddress()));
	}

	/**
	 * A new stream for a moderator's, projector's or run-of-show page, or null when this
	 * instance already keeps as many as it may. These pages need an administrator's
	 * sign-in, so they count only against the instance's bound, not against their
	 * address: the office's projector and consoles share one address with colleagues
	 * following as participants, whose streams would otherwise close the projector's.
	 */
	@Nullable SseEmitter followAsModerator(long conferenceId) {
		return follow(conferenceId, true, Map.of());
	}

	private @Nullable SseEmitter follow(long conferenceId, boolean moderator, Map<String, Integer> caps) {
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		Stream stream = new Stream(conferenceId, emitter, moderator, List.copyOf(caps.keySet()));
		List<Stream> closed = new ArrayList<>();
		synchronized (this.owned) {
			for (Map.Entry<String, Integer> cap : caps.entrySet()) {
				List<Stream> owned = this.owned.getOrDefault(cap.getKey(), new ArrayDeque<>())
					.stream()
					.filter((old) -> !closed.contains(old))
					.toList();
				// oldest first; the new stream takes one of the cap's places
				for (int i = 0; i <= owned.size() - Math.max(1, cap.getValue()); i++) {
					closed.add(owned.get(i));
				}
			}
			if (this.open.get() - closed.size() >= this.properties.maxStreams()) {
				return null;
			}
			closed.forEach(this::forget);
			this.open.incrementAndGet();
			this.streams.computeIfAbsent(conferenceId, (id) -> ConcurrentHashMap.newKeySet()).add(stream);
			for (String owner : stream.owners()) {
				this.owned.computeIfAbsent(owner, (key) -> new ArrayDeque<>()).addLast(stream);
			}
		}
		// Told, then completed, outside the lock: the page stops following (its
		// data-sse-close is this event) instead of reconnecting and closing the next
		// oldest
		// page in turn; it still shows the latest lists when reloaded.
		closed.forEach((old) -> {
			try {
				old.emitter().send(SseEmitter.event().name(REPLACED).data("", MediaType.TEXT_PLAIN));
			}
			catch (IOException | IllegalStateException ex) {
				// the page is gone already
			}
			old.emitter().complete();
		});
		Runnable drop = () -> drop(stream);
		emitter.onCompletion(drop);
		emitter.onTimeout(drop);
		emitter.onError((ex) -> drop.run());
		try {
			// Opens the stream at once, so the browser knows it is connected.
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException | IllegalStateException ex) {
			drop.run();
		}
		return emitter;
	}

	/** Streams open on this instance. */
	int openStreams() {
		return this.open.get();
	}

	private void drop(Stream stream) {
		synchronized (this.owned) {
			forget(stream);
		}
	}

	/** Forgets a stream once, under the lock of {@link #owned}. */
	private void forget(Stream stream) {
		Set<Stream> conference = this.streams.get(stream.conferenceId());
		if (conference != null && conference.remove(stream)) {
			this.open.decrementAndGet();
			for (String owner : stream.owners()) {
				Deque<Stream> owned = this.owned.get(owner);
				if (owned != null) {
					owned.remove(stream);
					if (owned.isEmpty()) {
						this.owned.remove(owner);
					}
				}
			}
		}
	}

	/**
	 * Tells this instance's pages of the conference to fetch their lists again: at once
	 * when they were not told within the coalescing window, else once at its end, so a
	 * burst of votes costs every page one fetch, not one per vote.
	 */
	void changed(long conferenceId, boolean audience) {
		String key = conferenceId + (audience ? "" : ":m");
		// Elapsed time, not the wall clock: a clock set back would hold the pages'
		// updates.
		long window = this.properties.coalesce().toNanos();
		long now = System.nanoTime();
		Long last = this.lastSent.get(key);
		if (last == null || now - last >= window) {
			this.lastSent.put(key, now);
			this.fanOut.execute(() -> send(conferenceId, audience));
		}
		else if (this.pending.add(key)) {
			this.fanOut.schedule(() -> {
				this.pending.remove(key);
				this.lastSent.put(key, System.nanoTime());
				send(conferenceId, audience);
			}, last + window - now, TimeUnit.NANOSECONDS);
		}
	}

	private void send(long conferenceId, boolean audience) {
		Set<Stream> conference = this.streams.get(conferenceId);
		if (conference == null) {
			return;
		}
		List<Stream> told = conference.stream().filter((stream) -> audience || stream.moderator()).toList();
		// Large audiences are told in parallel slices: a write that blocks on one
		// client's full socket buffer then delays only its slice.
		int slices = Math.min(SENDERS, Math.max(1, told.size() / 250));
		int size = Math.max(1, (told.size() + slices - 1) / slices);
		for (int from = 0; from < told.size(); from += size) {
			List<Stream> slice = told.subList(from, Math.min(told.size(), from + size));
			this.senders.execute(() -> {
				for (Stream stream : slice) {
					// A builder per send: build() appends to what it built before.
					send(conferenceId, stream,
							SseEmitter.event().name(EVENT).data(Long.toString(conferenceId), MediaType.TEXT_PLAIN));
				}
			});
		}
	}

	/**
	 * Keeps idle connections open through proxies and finds the streams of closed pages.
	 */
	@Scheduled(fixedDelayString = "${gyakorlattar.questions.heartbeat:PT20S}")
	void heartbeat() {
		this.streams.forEach((conferenceId, conference) -> {
			for (Stream stream : conference) {
				send(conferenceId, stream, SseEmitter.event().comment("ping"));
			}
		});
	}

	private void send(long conferenceId, Stream stream, SseEmitter.SseEventBuilder event) {
		try {
			stream.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			drop(stream);
			stream.emitter().completeWithError(ex);
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::listen, "questions-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
		}
		this.streams.values().forEach((conference) -> conference.forEach((stream) -> stream.emitter().complete()));
		synchronized (this.owned) {
			this.streams.clear();
			this.owned.clear();
			this.open.set(0);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	// The threads end with the bean, not with stop(): a stopped context may be started
	// again (a paused test context is), and its pages must be told of changes then too.
	@Override
	public void destroy() {
		this.fanOut.shutdownNow();
		this.senders.shutdownNow();
	}

	/**
	 * LISTENs until stopped, reconnecting after a lost connection. Each time it starts
	 * listening it tells every open page to refresh: a change may have passed unheard
	 * before, while the connection was lost or, at a start, while a page opened its
	 * stream before this thread had connected.
	 */
	private void listen() {
		while (listening()) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				this.streams.keySet().forEach((conferenceId) -> changed(conferenceId, true));
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (listening()) {
					PGNotification[] notifications = postgres.getNotifications(500);
					if (notifications == null) {
						continue;
					}
					for (PGNotification notification : notifications) {
						deliver(notification.getParameter());
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!listening()) {
					return;
				}
				log.warn("Lost the {} channel, listening again in a second: {}", CHANNEL, ex.getMessage());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Whether this thread is still the listener: one that a quick stop and start replaced
	 * while it waited for notifications ends, instead of listening beside its successor.
	 */
	private boolean listening() {
		return this.running && this.listener == Thread.currentThread();
	}

	/** {@code 42}: a change the audience sees; {@code 42:m}: one for moderators only. */
	private void deliver(String payload) {
		try {
			boolean audience = !payload.endsWith(":m");
			changed(Long.parseLong(audience ? payload : payload.substring(0, payload.length() - 2)), audience);
		}
		catch (NumberFormatException ex) {
			log.warn("Ignored a {} notification with payload {}", CHANNEL, payload);
		}
	}

	/** A connection of its own, outside the pool, which it would hold forever. */
	private Connection connect() throws SQLException {
		HikariDataSource hikari = unwrapHikari();
		if (hikari != null && hikari.getJdbcUrl() != null) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return this.dataSource.getConnection();
	}

	private @Nullable HikariDataSource unwrapHikari() {
		try {
			return this.dataSource.isWrapperFor(HikariDataSource.class) ? this.dataSource.unwrap(HikariDataSource.class)
					: null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
