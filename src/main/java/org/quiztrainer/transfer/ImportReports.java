package org.quiztrainer.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import org.quiztrainer.bank.io.Format;
import org.quiztrainer.study.HistoryImport;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Stores and reads import reports. The details are JSON: the counts, and at most {@value #MAX_LINES} skipped
 * entries and notes each (a file with thousands says how many more), so that a report always fits its column.
 */
@Component
class ImportReports {

    /** The most skipped entries, and notes, a stored report keeps. */
    static final int MAX_LINES = 100;

    private static final int MAX_JSON = 65_000;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Details(
            List<TypeCount> counts,
            List<ImportLine> skipped,
            List<ImportLine> notes,
            int skippedCount,
            int images,
            HistoryImport history) {}

    private final ImportReportRepository repository;

    ImportReports(ImportReportRepository repository) {
        this.repository = repository;
    }

    /** Stores a report (inside the import's transaction) and returns it with its id. */
    ImportReport save(long userId, String userName, ImportReport r) {
        String json = "";
        for (int keep = MAX_LINES; keep >= 0; keep = keep == 0 ? -1 : keep / 2) {
            json = json(new Details(
                    r.counts(),
                    first(r.skipped(), keep),
                    first(r.notes(), keep),
                    r.skippedCount(),
                    r.images(),
                    r.history()));
            if (json.length() <= MAX_JSON) {
                break;
            }
        }
        ImportReportEntity e = repository.save(new ImportReportEntity(r.bankId(), userId, userName, r.at(), r, json));
        return read(e);
    }

    /** The latest reports of a bank, newest first. */
    List<ImportReport> latest(long bankId, int n) {
        return repository.findByBankIdOrderByCreatedAtDescIdDesc(bankId, PageRequest.of(0, n)).stream()
                .map(ImportReports::read)
                .toList();
    }

    private static ImportReport read(ImportReportEntity e) {
        try {
            Details d = JSON.readValue(e.getDetails(), Details.class);
            Instant at = e.getCreatedAt();
            return new ImportReport(
                    e.getId(),
                    e.getBankId(),
                    e.getUserName(),
                    at,
                    e.getFileName(),
                    Format.fromCode(e.getFileFormat()).orElseThrow(),
                    d.counts(),
                    d.skipped(),
                    d.notes(),
                    d.skippedCount(),
                    d.images(),
                    d.history());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("import report " + e.getId() + " cannot be read", ex);
        }
    }

    private static String json(Details d) {
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.size() <= n ? list : List.copyOf(list.subList(0, n));
    }
}
