package hu.gyakorlattar.municipality;

import java.util.Comparator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.jspecify.annotations.Nullable;

/**
 * Brings the directory up to date with a gazetteer file. The whole file is read and
 * checked before anything is written, then applied in one transaction in the background
 * while the run's progress is committed on the side, so the administrator's page can show
 * it. Idempotent by KSH code: the same file twice changes nothing. Municipalities missing
 * from a newer file are marked, never deleted.
 */
@Service
class GazetteerImports {

	private static final Logger log = LoggerFactory.getLogger(GazetteerImports.class);

	/**
	 * A file that would drop more than this share of the directory is far more likely a
	 * wrong or partial file than a territorial reform.
	 */
	static final double MAX_MISSING_SHARE = 0.10;

	private static final int PROGRESS_EVERY = 250;

	private final MunicipalityRepository municipalities;

	private final GazetteerImportRepository runs;

	private final GazetteerChangeRepository changes;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final TransactionTemplate sideTransaction;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "gazetteer-import");
		thread.setDaemon(true);
		return thread;
	});

	GazetteerImports(MunicipalityRepository municipalities, GazetteerImportRepository runs,
			GazetteerChangeRepository changes, EntityManager entityManager, PlatformTransactionManager transactions) {
		this.municipalities = municipalities;
		this.runs = runs;
		this.changes = changes;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactions);
		this.sideTransaction = new TransactionTemplate(transactions);
		this.sideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Checks an uploaded file and starts applying it in the background; a bad file is
	 * refused here, before anything is written.
	 */
	GazetteerImport start(byte[] file, String fileName, @Nullable String startedBy) {
		Gazetteer gazetteer = GazetteerWorkbook.read(file);
		checkAgainstDirectory(gazetteer);
		GazetteerImport run = open(fileName, gazetteer, startedBy, false);
		this.background.submit(() -> apply(run.getId(), gazetteer));
		return run;
	}

	/** Applies a gazetteer in the calling thread, as the first start does. */
	GazetteerImport importNow(Gazetteer gazetteer, String fileName, boolean initialLoad) {
		checkAgainstDirectory(gazetteer);
		GazetteerImport run = open(fileName, gazetteer, null, initialLoad);
		apply(run.getId(), gazetteer);
		return this.runs.findById(run.getId()).orElseThrow();
	}

	List<GazetteerImport> recentRuns() {
		return this.runs.findTop10ByOrderByStartedAtDesc();
	}

	GazetteerImport runOrFail(long id) {
		return this.runs.findById(id).orElseThrow(NotFound::new);
	}

	Optional<GazetteerImport> latestRun() {
		return recentRuns().stream().findFirst();
	}

	/** The listed changes of a run by kind; OTHER_UPDATED ones are only counted. */
	Map<GazetteerChange.Kind, List<GazetteerChange>> changesOf(long runId) {
		Map<GazetteerChange.Kind, List<GazetteerChange>> byKind = new EnumMap<>(GazetteerChange.Kind.class);
		this.changes.findByImportId(runId)
			.stream()
			.sorted(Comparator.comparing(GazetteerChange::getName, HungarianFormats.collator()))
			.forEach((change) -> byKind.computeIfAbsent(change.getKind(), (kind) -> new ArrayList<>()).add(change));
		return byKind;
	}

	private void checkAgainstDirectory(Gazetteer gazetteer) {
		this.transaction.executeWithoutResult((status) -> {
			this.municipalities.findLatestYear()
				.filter((latestYear) -> gazetteer.year() < latestYear)
				.ifPresent((latestYear) -> {
					throw new InvalidInput(GazetteerWorkbook.FIELD, "municipality.gazetteer.file.older",
							gazetteer.year(), latestYear);
				});
			Set<String> inFile = gazetteer.entries().stream().map(GazetteerEntry::kshCode).collect(Collectors.toSet());
			List<Municipality> current = this.municipalities.findAll()
				.stream()
				.filter(Municipality::isInLatestGazetteer)
				.toList();
			long missing = current.stream().filter((m) -> !inFile.contains(m.getKshCode())).count();
			if (!current.isEmpty() && missing > current.size() * MAX_MISSING_SHARE) {
				throw new InvalidInput(GazetteerWorkbook.FIELD, "municipality.gazetteer.file.tooManyMissing", missing,
						current.size());
			}
		});
	}

	/** Records the run; the database lets only one run at a time, across instances. */
	private GazetteerImport open(String fileName, Gazetteer gazetteer, String startedBy, boolean initialLoad) {
		try {
			return this.sideTransaction.execute((status) -> {
				Instant now = Instant.now();
				this.runs.abandonStalled(now, now.minus(GazetteerImport.ABANDONED_AFTER));
				return this.runs.saveAndFlush(new GazetteerImport(fileName, gazetteer, startedBy, initialLoad));
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInput(GazetteerWorkbook.FIELD, "municipality.gazetteer.import.running");
		}
	}

	private void apply(long runId, Gazetteer gazetteer) {
		long started = System.nanoTime();
		try {
			this.transaction.executeWithoutResult((status) -> applyInTransaction(runId, gazetteer));
			log.info("Gazetteer {} import #{}: {} municipalities applied in {} ms", gazetteer.year(), runId,
					gazetteer.entries().size(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.error("Gazetteer import #{} failed; nothing was changed", runId, ex);
			this.sideTransaction.executeWithoutResult((status) -> this.runs.findById(runId).ifPresent((run) -> {
				run.fail();
				this.runs.save(run);
			}));
		}
	}

	private void applyInTransaction(long runId, Gazetteer gazetteer) {
		// A few thousand rows: batched statements keep the first start within seconds.
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(200);
		Map<String, Municipality> existing = this.municipalities.findAll()
			.stream()
			.collect(Collectors.toMap(Municipality::getKshCode, Function.identity()));
		boolean initialLoad = existing.isEmpty();
		Map<GazetteerChange.Kind, Integer> counts = new EnumMap<>(GazetteerChange.Kind.class);
		List<GazetteerChange> report = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int unchanged = 0;
		int processed = 0;
		for (GazetteerEntry entry : gazetteer.entries()) {
			seen.add(entry.kshCode());
			Municipality municipality = existing.get(entry.kshCode());
			if (municipality == null) {
				this.entityManager.persist(new Municipality(entry, gazetteer.year()));
				counts.merge(GazetteerChange.Kind.ADDED, 1, Integer::sum);
				if (!initialLoad) {
					report.add(new GazetteerChange(runId, GazetteerChange.Kind.ADDED, entry.kshCode(), entry.name(),
							null, null));
				}
			}
			else {
				String oldName = municipality.getName();
				LegalStatus oldStatus = municipality.getLegalStatus();
				String oldCounty = municipality.getCounty();
				Set<GazetteerChange.Kind> kinds = municipality.takeOver(entry, gazetteer.year());
				if (kinds.isEmpty()) {
					unchanged++;
				}
				for (GazetteerChange.Kind kind : kinds) {
					counts.merge(kind, 1, Integer::sum);
					switch (kind) {
						case RENAMED -> report.add(
								new GazetteerChange(runId, kind, entry.kshCode(), entry.name(), oldName, entry.name()));
						case STATUS_CHANGED -> report.add(new GazetteerChange(runId, kind, entry.kshCode(),
								entry.name(), oldStatus.name(), entry.status().name()));
						case COUNTY_CHANGED -> report.add(new GazetteerChange(runId, kind, entry.kshCode(),
								entry.name(), oldCounty, entry.county()));
						case REAPPEARED ->
							report.add(new GazetteerChange(runId, kind, entry.kshCode(), entry.name(), null, null));
						default -> {
						}
					}
				}
			}
			if (++processed % PROGRESS_EVERY == 0) {
				int done = processed;
				this.sideTransaction.executeWithoutResult((status) -> this.runs.progress(runId, done, Instant.now()));
			}
		}
		for (Municipality municipality : existing.values()) {
			if (!seen.contains(municipality.getKshCode()) && municipality.isInLatestGazetteer()) {
				municipality.dropOutOfGazetteer();
				counts.merge(GazetteerChange.Kind.MISSING, 1, Integer::sum);
				report.add(new GazetteerChange(runId, GazetteerChange.Kind.MISSING, municipality.getKshCode(),
						municipality.getName(), null, null));
			}
		}
		this.changes.saveAll(report);
		this.entityManager.flush();
		GazetteerImport run = this.runs.findById(runId).orElseThrow();
		this.entityManager.refresh(run);
		run.succeed(counts, unchanged);
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
	}

}
