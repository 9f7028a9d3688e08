import { useMemo } from 'react';
import { useT } from '../../i18n/react';
import { ioResultsFor, selectIoChecked } from '../../store/io-run';
import { getStore, useApp } from '../../store/store';
import { BookComparison } from './BookComparison';
import { IoComparisonChart } from './IoComparisonChart';
import { IoResultsTable } from './IoResultsTable';
import { costAt } from './IoRunControls';
import { LatencyHistogram } from './LatencyHistogram';
import { strategyName } from './labels';

/** Results for the setup on screen: table, time vs ideal chart, latency histogram, the book beside ours. */
export function IoResultsSection() {
  const t = useT();
  const all = useApp((s) => s.io.results);
  const setup = useApp((s) => selectIoChecked(s).setup);
  const calibration = useApp((s) => s.io.calibration);
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when the results or the setup change
  const results = useMemo(() => ioResultsFor(getStore().getState()), [all, setup]);
  const measured = results.find((r) => r.costMs !== null)?.costMs ?? null;
  const cost = measured ?? costAt(calibration, setup.difficulty);
  const unverified = results.filter((r) => !r.verified);

  return (
    <section className="panel results-section io-results-section" aria-labelledby="io-results-title">
      <h2 id="io-results-title">{t('io.results.title')}</h2>
      {results.length === 0 ? (
        <p className="hint">{t('io.results.empty')}</p>
      ) : (
        <>
          <IoResultsTable results={results} />
          {unverified.length > 0 && (
            <ul className="problems" aria-label={t('io.results.unverified')}>
              {unverified.map((r) => (
                <li key={r.strategy}>
                  {strategyName(t, r.strategy)}: {r.verifyDetail}
                </li>
              ))}
            </ul>
          )}
          <IoComparisonChart results={results} />
          <BookComparison results={results} setup={setup} costMs={cost} />
          <LatencyHistogram results={results} />
        </>
      )}
    </section>
  );
}
