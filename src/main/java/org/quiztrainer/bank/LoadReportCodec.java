package org.quiztrainer.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores a {@link LoadReport} as JSON, losslessly, keeping at most {@link #MAX_PROBLEMS} problems. */
final class LoadReportCodec {

    /** More problems than this are not kept (the author fixes the first ones first). */
    static final int MAX_PROBLEMS = 2000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record StoredSync(
            Set<String> added, Set<String> changed, Set<String> retired, int unchanged, boolean topicsOrUnits) {}

    private record Stored(
            String at, String path, List<BankProblem> problems, StoredSync sync, int questions, String took) {}

    private LoadReportCodec() {}

    static String encode(LoadReport r) {
        StoredSync sync = r.sync()
                .map(s -> new StoredSync(s.added(), s.changed(), s.retired(), s.unchanged(), s.topicsOrUnitsChanged()))
                .orElse(null);
        List<BankProblem> problems =
                r.problems().size() > MAX_PROBLEMS ? r.problems().subList(0, MAX_PROBLEMS) : r.problems();
        try {
            return JSON.writeValueAsString(new Stored(
                    r.at().toString(),
                    r.path(),
                    problems,
                    sync,
                    r.questions(),
                    r.took().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a load report", e);
        }
    }

    static LoadReport decode(String json) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            Optional<SyncResult> sync = Optional.ofNullable(s.sync())
                    .map(x -> new SyncResult(x.added(), x.changed(), x.retired(), x.unchanged(), x.topicsOrUnits()));
            return new LoadReport(
                    Instant.parse(s.at()), s.path(), s.problems(), sync, s.questions(), Duration.parse(s.took()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode a stored load report", e);
        }
    }
}
