-- A learner's own FSRS-6 weights, fitted to their review log by the optimiser (no row: the defaults),
-- and their latest optimisation run. The run row is also the lock that keeps one learner's optimisation
-- from running twice, on any node, and carries its progress (0..1) so that every node can show it.

CREATE TABLE memory_model (
    learner_id      BIGINT       PRIMARY KEY,
    weights         VARCHAR(500) NOT NULL,
    fitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    review_count    INTEGER      NOT NULL,
    item_count      INTEGER      NOT NULL,
    log_loss        DOUBLE PRECISION NOT NULL,
    rmse_bins       DOUBLE PRECISION NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL
);

CREATE TABLE memory_optimisation (
    learner_id      BIGINT       PRIMARY KEY,
    status          VARCHAR(16)  NOT NULL,
    run_token       VARCHAR(40)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    progress        DOUBLE PRECISION DEFAULT 0 NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    reschedule      BOOLEAN      NOT NULL,
    review_count    INTEGER,
    item_count      INTEGER,
    before_log_loss DOUBLE PRECISION,
    before_rmse     DOUBLE PRECISION,
    after_log_loss  DOUBLE PRECISION,
    after_rmse      DOUBLE PRECISION,
    cards_updated   INTEGER,
    version         BIGINT       DEFAULT 0 NOT NULL
);
