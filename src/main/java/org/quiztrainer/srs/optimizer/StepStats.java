package org.quiztrainer.srs.optimizer;

/**
 * What the log says about one kind of same-day gap (for example "after a first Again"): how long the
 * learner waited and how often they recalled.
 *
 * @param count     number of observed gaps
 * @param delayQ1   first quartile of the gap, seconds
 * @param delayQ2   median gap, seconds
 * @param delayQ3   third quartile of the gap, seconds
 * @param retention share recalled after the gap
 * @param stability the short-term stability in seconds that fits the gaps and outcomes best under the
 *                  learner's forgetting curve
 */
public record StepStats(
        int count, double delayQ1, double delayQ2, double delayQ3, double retention, double stability) {}
