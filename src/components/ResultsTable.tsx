import { memo } from 'react';
import type { StrategyResult } from '../engine/runner';
import { speedup } from '../engine/stats';
import { getStrategy } from '../engine/strategies';
import { formatMs, formatPercent, formatRange, formatRatio } from './format';

interface Props {
  results: readonly StrategyResult[];
  baseline: number | undefined;
}

/** The first few task numbers in delivery order: "0 1 2 3 4 5 …" or, completion order, "1 0 3 …". */
function deliverySummary(order: Int32Array): string {
  const head = Array.from(order.subarray(0, 8)).join(' ');
  return order.length > 8 ? `${head} …` : head;
}

/** One row per strategy measured on the setup on screen. */
export const ResultsTable = memo(function ResultsTable({ results, baseline }: Props) {
  const fingerprints = new Set(results.map((r) => r.fingerprint));
  const answers = [...new Set(results.map((r) => r.answerText))];
  return (
    <>
      <p className="agreement">
        {fingerprints.size === 1 ? (
          <>
            Answer: <strong>{answers[0]}</strong>
            {results.length > 1 && ` — identical across ${results.length} strategies`}
          </>
        ) : (
          <strong className="bad">Strategies disagree: {answers.join(' vs ')}</strong>
        )}
      </p>
      <div className="table-scroll">
        <table className="results">
          <caption>
            Median of the timed repetitions; speedup is the main-thread median ÷ this median, efficiency is
            speedup ÷ workers.
            {baseline === undefined &&
              results.length > 0 &&
              ' Run the main thread (or Compare all) to get speedups.'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">Workers</th>
              <th scope="col">Chunk</th>
              <th scope="col">Median</th>
              <th scope="col">Range</th>
              <th scope="col">Speedup</th>
              <th scope="col">Efficiency</th>
              <th scope="col">Verified</th>
              <th scope="col">Fingerprint</th>
              <th scope="col" title="Task numbers in the order their results reached the caller">
                Delivery order
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const s = speedup(baseline, r.median);
              const agrees = fingerprints.size === 1;
              return (
                <tr key={r.strategy} data-strategy={r.strategy}>
                  <th scope="row">{getStrategy(r.strategy).name}</th>
                  <td>{r.workers}</td>
                  <td>
                    {r.strategy === 'main-thread' || r.strategy === 'main-yielding' ? '—' : r.chunkSize}
                  </td>
                  <td>{formatMs(r.median)}</td>
                  <td>{formatRange(r.min, r.max)}</td>
                  <td>{formatRatio(s)}</td>
                  <td>{formatPercent(s / r.workers)}</td>
                  <td className={r.verified && agrees ? 'ok' : 'bad'} title={r.verifyDetail}>
                    {r.verified && agrees ? '✓ verified' : '✗ mismatch'}
                  </td>
                  <td>
                    <code>{r.fingerprint}</code>
                  </td>
                  <td className="order">{deliverySummary(r.last.deliveryOrder)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
});
