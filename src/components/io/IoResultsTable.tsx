import { memo } from 'react';
import type { IoResult } from '../../engine/io/measure';
import { useLocale, useT } from '../../i18n/react';
import { formatNumber } from '../../i18n/translate';
import { formatMs, formatRange, formatRatio } from '../format';
import { strategyName } from './labels';

interface Props {
  results: readonly IoResult[];
}

/**
 * One row per strategy measured on the setup on screen. Exact figures ride along as data-* attributes
 * (ms), so tests can check construction bounds without parsing rounded text.
 */
export const IoResultsTable = memo(function IoResultsTable({ results }: Props) {
  const t = useT();
  const locale = useLocale();
  const mixed = results.some((r) => r.kind === 'mixed');
  const whole = (n: number) => formatNumber(locale, n, 0);
  const reps = results[0]?.samples.length ?? 0;
  return (
    <>
      <div className="table-scroll">
        <table className="results io-results" aria-describedby="io-results-about">
          <caption>{t('io.results.caption', { n: reps })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('io.col.strategy')}</th>
              <th scope="col">{t('io.col.verified')}</th>
              <th scope="col">{t('io.col.median')}</th>
              <th scope="col">{t('io.col.range')}</th>
              <th scope="col">{t('io.col.items')}</th>
              <th scope="col">{t('io.col.failedRetried')}</th>
              <th scope="col">{t('io.col.latency')}</th>
              {mixed && <th scope="col">{t('io.col.ioTime')}</th>}
              {mixed && <th scope="col">{t('io.col.yields')}</th>}
              <th scope="col">{t('io.col.ideal')}</th>
              <th scope="col">{t('io.col.vsIdeal')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const ratio = r.idealMs > 0 ? r.median / r.idealMs : Number.NaN;
              const failedBad = r.failed > 0;
              return (
                <tr key={r.strategy} data-strategy={r.strategy}>
                  <th scope="row">{strategyName(t, r.strategy)}</th>
                  <td
                    className={`io-verified ${r.verified && r.failed === 0 ? 'ok' : 'bad'}`}
                    title={r.verifyDetail}
                  >
                    {!r.verified
                      ? t('io.notVerified')
                      : r.failed === 0
                        ? t('io.verified')
                        : t('io.verifiedWithFailures', {
                            ok: r.setup.items - r.failed,
                            n: r.setup.items,
                            failed: r.failed,
                          })}
                  </td>
                  <td data-ms={r.median}>{formatMs(r.median)}</td>
                  <td data-min-ms={r.min} data-max-ms={r.max}>
                    {formatRange(r.min, r.max)}
                  </td>
                  <td data-items={r.setup.items}>{whole(r.setup.items)}</td>
                  <td
                    className={failedBad ? 'bad' : undefined}
                    data-failed={r.failed}
                    data-retried={r.retried}
                    title={t('io.col.failedRetried.help')}
                  >
                    {t('io.failedRetried', { failed: r.failed, retried: r.retried })}
                  </td>
                  <td data-mean-ms={r.latency.mean} data-p95-ms={r.latency.p95}>
                    {formatMs(r.latency.mean)} / {formatMs(r.latency.p95)}
                  </td>
                  {mixed && <td data-ms={r.ioMs}>{formatMs(r.ioMs)}</td>}
                  {mixed && (
                    <td>
                      {r.yields > 0
                        ? t('io.yieldsCost', { n: r.yields, cost: formatMs(r.yieldMs) })
                        : t('io.none')}
                    </td>
                  )}
                  <td data-ms={r.idealMs} title={r.idealFormula}>
                    {formatMs(r.idealMs)}
                  </td>
                  <td data-ratio={ratio}>{formatRatio(ratio)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* Outside the scroll box: a caption as wide as the table would be cut off on a phone. */}
      <p className="hint io-results__about" id="io-results-about">
        {t(mixed ? 'io.results.aboutMixed' : 'io.results.about')}
      </p>
    </>
  );
});
