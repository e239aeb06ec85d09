package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL outlives a {@code kill -9} of the application: its postmaster
 * keeps running on the data directory, and its {@code postmaster.pid} makes the next
 * start fail until someone stops it by hand. Before the embedded server starts on a data
 * directory, a postmaster still running on that very directory is stopped, unless a live
 * application holds the directory (the embedding library's {@code epg-lock}), whose
 * database is never touched. A pid file of a process that is gone is PostgreSQL's own
 * business: it replaces a stale one itself.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	/**
	 * A smart shutdown has no clients to wait for: the application that had them is dead.
	 */
	private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

	private LeftoverPostmaster() {
	}

	static void stopIfOrphaned(Path dataDirectory) {
		Optional<ProcessHandle> postmaster = runningPostmaster(dataDirectory);
		if (postmaster.isEmpty()) {
			return;
		}
		if (heldByLiveApplication(dataDirectory)) {
			throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
					+ " belongs to another running Gyakorlattár; stop that one first, or give this one its own"
					+ " gyakorlattar.embedded-database.directory (several instances need a PostgreSQL server, see README)");
		}
		ProcessHandle orphan = postmaster.get();
		log.warn("An embedded PostgreSQL (pid {}) outlived its application on {}: stopping it before starting anew",
				orphan.pid(), dataDirectory);
		orphan.destroy();
		try {
			orphan.onExit().get(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			// Killed, PostgreSQL recovers from its write-ahead log at the next start.
			orphan.destroyForcibly();
			orphan.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the leftover PostgreSQL", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not stop the leftover PostgreSQL", ex);
		}
	}

	/**
	 * The postmaster that {@code postmaster.pid} names, if it still runs as a postgres
	 * process on this directory (the pid may have gone to another program since).
	 */
	static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) {
		List<String> pidFile;
		try {
			pidFile = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (pidFile.size() < 2 || !sameDirectory(Path.of(pidFile.get(1)), dataDirectory)) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(pidFile.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false));
	}

	private static boolean sameDirectory(Path named, Path dataDirectory) {
		try {
			return Files.isSameFile(named, dataDirectory);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean heldByLiveApplication(Path dataDirectory) {
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
