import { memo } from 'react';
import { BOOK, predictedSerialOverAsync, predictedSerialOverAsyncAt } from '../../engine/io/ideal';
import type { IoResult } from '../../engine/io/measure';
import type { IoSetup, IoStrategyId } from '../../engine/io/types';
import { useLocale, useT } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import { formatMs, formatRatio } from '../format';
import { strategyName } from './labels';

interface Props {
  results: readonly IoResult[];
  setup: IoSetup;
  /** Measured CPU cost per task at the setup's difficulty, ms (results first, else calibration). */
  costMs: number | null;
}

/** a ÷ b, NaN when either is missing or not positive. */
function ratio(a: number | undefined, b: number | undefined): number {
  return a !== undefined && b !== undefined && a > 0 && b > 0 ? a / b : Number.NaN;
}

/** True when the setup is the book's (difficulty 8, 600 items, 100 ms, concurrency 100). */
function isBookSetup(s: IoSetup): boolean {
  return (
    s.kind === 'mixed' &&
    s.difficulty === BOOK.difficulty &&
    s.items === BOOK.items &&
    s.server.latencyMs === BOOK.latencyMs &&
    s.concurrency === BOOK.concurrency
  );
}

/**
 * Our ratios beside the published ones (serial ÷ async 7.3×, batched I/O ÷ async I/O 2×), the formula
 * that predicts the first from this machine's c and the server's L, and each strategy's ideal bound
 * with its formula, so a person sees how close each strategy got and why.
 */
export const BookComparison = memo(function BookComparison({ results, setup, costMs }: Props) {
  const t = useT();
  const locale = useLocale();
  const by = (id: IoStrategyId) => results.find((r) => r.strategy === id);
  const serial = by('serial');
  const batched = by('batched');
  const async = by('async');
  const hybrid = by('hybrid');
  const mixed = setup.kind === 'mixed';
  // The mean service time: latency plus half the (uniform) jitter.
  const L = setup.server.latencyMs + setup.server.jitterMs / 2;
  const c = costMs;
  const known = c !== null && c > 0;
  // The table predicts for this many items, n(c + L) / (n·c + L); the formula line shows its limit.
  const predicted = known ? predictedSerialOverAsync(c, L) : Number.NaN;
  const predictedAtN = known ? predictedSerialOverAsyncAt(setup.items, c, L) : Number.NaN;
  const fromBounds = (r: IoResult | undefined) => ratio(serial?.idealMs, r?.idealMs);
  const x = (v: number) => formatRatio(v);
  const missing = mixed && (!serial || !batched || !async || !hybrid);

  return (
    <section className="io-book" aria-labelledby="io-book-title">
      <h3 id="io-book-title">{t('io.book.title')}</h3>
      {mixed ? (
        <>
          <p>{t('io.book.intro')}</p>
          <div className="table-scroll">
            <table className="results io-book__table">
              <caption>{t(isBookSetup(setup) ? 'io.book.captionSame' : 'io.book.captionDiffers')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('io.book.col.ratio')}</th>
                  <th scope="col">{t('io.book.col.here')}</th>
                  <th scope="col">{t('io.book.col.book')}</th>
                  <th scope="col">{t('io.book.col.predicted')}</th>
                </tr>
              </thead>
              <tbody>
                <tr data-ratio="serial-async">
                  <th scope="row">{t('io.book.serialAsync')}</th>
                  <td data-value={ratio(serial?.median, async?.median)}>
                    {x(ratio(serial?.median, async?.median))}
                  </td>
                  <td>{x(BOOK.serialOverAsync)}</td>
                  <td title="n·(c + L) / (n·c + L)">{x(predictedAtN)}</td>
                </tr>
                <tr data-ratio="batched-async-io">
                  <th scope="row">{t('io.book.batchedAsyncIo')}</th>
                  <td data-value={ratio(batched?.ioMs, async?.ioMs)}>
                    {x(ratio(batched?.ioMs, async?.ioMs))}
                  </td>
                  <td>{x(BOOK.batchedIoOverAsyncIo)}</td>
                  <td>—</td>
                </tr>
                <tr data-ratio="serial-hybrid">
                  <th scope="row">{t('io.book.serialHybrid')}</th>
                  <td data-value={ratio(serial?.median, hybrid?.median)}>
                    {x(ratio(serial?.median, hybrid?.median))}
                  </td>
                  <td>{t('io.book.hybridBook')}</td>
                  <td>{x(fromBounds(hybrid))}</td>
                </tr>
              </tbody>
            </table>
          </div>
          {missing && <p className="hint">{t('io.book.missing')}</p>}
          <p className="io-formula">
            <span className="io-formula__label">{t('io.book.formulaLabel')}</span>{' '}
            {known ? (
              <>
                <code>
                  (c + L) / c = ({formatMs(c)} + {formatMs(L)}) / {formatMs(c)} = {x(predicted)}
                </code>{' '}
                {t('io.book.atN', { n: formatNumber(locale, setup.items, 0), ratio: x(predictedAtN) })}
              </>
            ) : (
              <>
                <code>(c + L) / c</code> — {t('io.book.needCost')}
              </>
            )}
          </p>
          <p className="hint">
            {t('io.book.why', {
              c: known ? formatMs(c) : 'c',
              L: formatMs(L),
              n: formatNumber(locale, setup.items, 0),
            })}
          </p>
          {setup.server.jitterMs > 0 && (
            <p className="hint">
              {t('io.book.jitter', { latency: setup.server.latencyMs, half: setup.server.jitterMs / 2 })}
            </p>
          )}
        </>
      ) : (
        <p className="hint">{t('io.book.notMixed')}</p>
      )}

      <h3 id="io-bounds-title">{t('io.bounds.title')}</h3>
      <ul className="io-bounds" aria-labelledby="io-bounds-title">
        {results.map((r) => {
          const rr = ratio(r.median, r.idealMs);
          return (
            <li key={r.strategy} data-strategy={r.strategy}>
              <strong>{strategyName(t, r.strategy)}</strong>: <code>{r.idealFormula}</code> ={' '}
              <strong>{formatMs(r.idealMs)}</strong> ·{' '}
              {t('io.bounds.measured', { median: formatMs(r.median), ratio: x(rr) })}
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('io.bounds.legend')}</p>
    </section>
  );
});
