// fsrs-rs's optimiser on the same review logs as ours, for OptimizerBenchmark (run by scripts/fsrs-rs-fit).
// Usage: node fsrs-rs-fit.mjs RUNS TRAIN.csv [TEST.csv]
// Converts TRAIN.csv as fsrs-rs does (next day at 04:00 UTC), fits with computeParameters (short-term on,
// one relearning step, default training settings) RUNS times after one warm-up, and prints one JSON line:
// the weights, every fit's time in ms, and (with TEST.csv) fsrs-rs's own evaluate of them on it.
import { readFileSync } from 'node:fs';
import { computeParameters, convertCsvToFsrsItems, FSRSBinding } from '@open-spaced-repetition/binding';

const [runs, train, test] = process.argv.slice(2);
const items = (file) => convertCsvToFsrsItems(readFileSync(file), 4, 'UTC', () => 0);
const options = { enableShortTerm: true, numRelearningSteps: 1, timeout: 5 };
const trainItems = items(train);
let weights = await computeParameters(trainItems, options);
const ms = [];
for (let i = 0; i < Number(runs); i++) {
  const start = process.hrtime.bigint();
  weights = await computeParameters(items(train), options);
  ms.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const out = { weights, ms, items: trainItems.length };
if (test) {
  out.test = new FSRSBinding(weights).evaluate(items(test));
}
console.log(JSON.stringify(out));
