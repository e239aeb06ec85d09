package hu.gyakorlattar.questions;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Every open Q&A page of this instance, as a Server-Sent Events stream per page, and the
 * PostgreSQL channel that tells every instance when a conference's questions changed.
 * Writers notify in their transaction ({@link QuestionRepository#notifyChanged}); one
 * connection per instance, outside the pool, LISTENs and sends a {@value #EVENT} event to
 * the conference's streams, whose pages then fetch their fresh lists. So a change made on
 * any instance reaches every page on every instance, and a rolled-back one reaches none.
 * Streams are bounded per instance, expire (the browser reconnects), and are dropped as
 * soon as a send fails.
 */
@Component
class LiveQuestions implements SmartLifecycle {

	static final String CHANNEL = "questions_changed";

	static final String EVENT = "questions";

	private static final Logger log = LoggerFactory.getLogger(LiveQuestions.class);

	private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

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
	 * A new stream for a page of the conference, or null when this instance already keeps
	 * as many as it may.
	 */
	SseEmitter follow(long conferenceId) {
		if (this.open.incrementAndGet() > this.properties.maxStreams()) {
			this.open.decrementAndGet();
			return null;
		}
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		Set<SseEmitter> conference = this.streams.computeIfAbsent(conferenceId, (id) -> ConcurrentHashMap.newKeySet());
		conference.add(emitter);
		Runnable drop = () -> drop(conferenceId, emitter);
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

	private void drop(long conferenceId, SseEmitter emitter) {
		Set<SseEmitter> conference = this.streams.get(conferenceId);
		if (conference != null && conference.remove(emitter)) {
			this.open.decrementAndGet();
		}
	}

	/** Tells this instance's pages of the conference to fetch their lists again. */
	void changed(long conferenceId) {
		Set<SseEmitter> conference = this.streams.get(conferenceId);
		if (conference == null) {
			return;
		}
		SseEmitter.SseEventBuilder event = SseEmitter.event()
			.name(EVENT)
			.data(Long.toString(conferenceId), MediaType.TEXT_PLAIN);
		for (SseEmitter emitter : conference) {
			send(conferenceId, emitter, event);
		}
	}

	/**
	 * Keeps idle connections open through proxies and finds the streams of closed pages.
	 */
	@Scheduled(fixedDelayString = "${gyakorlattar.questions.heartbeat:PT20S}")
	void heartbeat() {
		SseEmitter.SseEventBuilder ping = SseEmitter.event().comment("ping");
		this.streams.forEach((conferenceId, emitters) -> {
			for (SseEmitter emitter : emitters) {
				send(conferenceId, emitter, ping);
			}
		});
	}

	private void send(long conferenceId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException ex) {
			drop(conferenceId, emitter);
			emitter.completeWithError(ex);
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
		this.streams.values().forEach((emitters) -> emitters.forEach(SseEmitter::complete));
		this.streams.clear();
		this.open.set(0);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * LISTENs until stopped; after a lost connection it reconnects and tells every page
	 * to refresh, since a change may have passed unheard.
	 */
	private void listen() {
		boolean reconnect = false;
		while (this.running) {
			try (Connection connection = connect()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				if (reconnect) {
					this.streams.keySet().forEach(this::changed);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
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
				if (!this.running) {
					return;
				}
				log.warn("Lost the {} channel, listening again in a second: {}", CHANNEL, ex.getMessage());
				reconnect = true;
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

	private void deliver(String payload) {
		try {
			changed(Long.parseLong(payload));
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

	private HikariDataSource unwrapHikari() {
		try {
			return this.dataSource.isWrapperFor(HikariDataSource.class) ? this.dataSource.unwrap(HikariDataSource.class)
					: null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
