package org.quiztrainer.bank;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.quiztrainer.bank.parse.BankReader;
import org.quiztrainer.cluster.ClusterLock;
import org.quiztrainer.cluster.NodeName;
import org.quiztrainer.cluster.SharedVersions;
import org.quiztrainer.cluster.VersionedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads a bank folder into the database, one node at a time: the whole load (sync, report, version) is one
 * transaction holding the cluster lock {@value #LOCK}, so two nodes starting together, or two admins
 * reloading on two nodes, never write at once; the second finds the work done. At start-up a node whose
 * folder has the fingerprint stored by the last load writes nothing. The report is stored for every node;
 * once committed, {@link BankChanged} is published on this node if the bank changed.
 */
@Component
class BankLoader {

    static final String LOCK = "bank-sync";
    /** The {@code bank_load} row of the built-in bank folder. */
    static final String BUILT_IN = "builtin";

    private static final Logger LOG = LoggerFactory.getLogger(BankLoader.class);

    private final BankSync sync;
    private final BankLoadRepository loads;
    private final ClusterLock lock;
    private final SharedVersions versions;
    private final NodeName node;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VersionedValue<Optional<LoadReport>> lastReport;

    BankLoader(
            BankSync sync,
            BankLoadRepository loads,
            ClusterLock lock,
            SharedVersions versions,
            NodeName node,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sync = sync;
        this.loads = loads;
        this.lock = lock;
        this.versions = versions;
        this.node = node;
        this.events = events;
        this.clock = clock;
        this.lastReport = versions.value(
                BankService.VERSION, () -> loads.findById(BUILT_IN).map(l -> LoadReportCodec.decode(l.getReport())));
    }

    /**
     * Reads, validates and writes {@code folder}; with {@code skipIfUnchanged}, returns the stored report
     * without writing when the folder holds what the last load wrote.
     */
    LoadReport load(Path folder, boolean skipIfUnchanged) {
        LoadReport report = lock.holding(LOCK, () -> loadHoldingTheLock(folder, skipIfUnchanged));
        report.sync()
                .filter(s -> !s.isNoChange())
                .ifPresent(s -> events.publishEvent(new BankChanged(s.added(), s.changed(), s.retired())));
        return report;
    }

    /** The report of the last load by any node. */
    Optional<LoadReport> lastReport() {
        return lastReport.get();
    }

    private LoadReport loadHoldingTheLock(Path folder, boolean skipIfUnchanged) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        BankLoadResult result = BankReader.read(folder);
        String fingerprint =
                result.bank().map(BankFingerprint::of).orElseGet(() -> BankFingerprint.ofProblems(result.problems()));
        Optional<BankLoadEntity> stored = loads.findById(BUILT_IN);
        if (skipIfUnchanged
                && stored.filter(l -> l.getFingerprint().equals(fingerprint)).isPresent()) {
            LOG.info(
                    "Question bank {} unchanged since {} loaded it; nothing to write",
                    folder,
                    stored.get().getLoadedBy());
            return LoadReportCodec.decode(stored.get().getReport());
        }
        Optional<SyncResult> written = result.bank().map(bank -> sync.sync(bank, start));
        int count = result.bank().map(b -> b.questions().size()).orElse(0);
        LoadReport report = new LoadReport(
                start, folder.toString(), result.problems(), written, count, Duration.ofNanos(System.nanoTime() - t0));
        BankLoadEntity row = stored.orElseGet(() -> new BankLoadEntity(BUILT_IN));
        row.record(fingerprint, start, node.get(), LoadReportCodec.encode(report));
        loads.save(row);
        versions.bump(BankService.VERSION);
        log(folder, report);
        return report;
    }

    private static void log(Path folder, LoadReport report) {
        if (report.isSuccess()) {
            SyncResult s = report.sync().orElseThrow();
            LOG.info(
                    "Question bank {}: {} questions, {} added, {} changed, {} retired{}, in {} ms",
                    folder,
                    report.questions(),
                    s.added().size(),
                    s.changed().size(),
                    s.retired().size(),
                    s.topicsOrUnitsChanged() ? ", topics or units changed" : "",
                    report.took().toMillis());
        } else {
            LOG.warn(
                    "Question bank {} has {} problems; nothing written. First: {}",
                    folder,
                    report.problems().size(),
                    report.problems().get(0));
        }
    }
}
