import { useMemo, useRef, useState } from 'react';
import { problemKey } from '../engine/setup';
import { strategyName } from '../i18n/engine-text';
import { useT } from '../i18n/react';
import { resultsCsv } from '../permalink/csv';
import { viewFromResults } from '../permalink/share-view';
import { buildResultsJson, downloadJson, downloadText, exportName } from '../store/export';
import { baselineMedian, resultsFor } from '../store/run';
import { getStore, selectChecked, useApp } from '../store/store';
import { ComparisonChart } from './ComparisonChart';
import { MandelbrotView } from './MandelbrotView';
import { ResponsivenessSummary } from './ResponsivenessSummary';
import { ResultsTable } from './ResultsTable';
import { ChartDownload } from './share/ChartDownload';
import { ImportResults } from './share/ImportResults';
import { ShareButton, ShareLinkPanel } from './share/ShareButton';

/**
 * Results for the setup on screen: table, chart, the Mandelbrot picture, and the ways out
 * (Share link, JSON and CSV downloads) and in (Import results).
 */
export function ResultsSection() {
  const t = useT();
  const all = useApp((s) => s.results);
  const cores = useApp((s) => s.env.cores);
  const setup = useApp((s) => selectChecked(s).setup);
  const key = problemKey(setup);
  const results = useMemo(() => resultsFor(all, key), [all, key]);
  const baseline = useMemo(() => baselineMedian(all, key), [all, key]);
  const sources = useMemo(() => [{ results, baseline }], [results, baseline]);
  const chartSources = useMemo(() => [{ results, cores }], [results, cores]);
  const [pictured, setPictured] = useState<string | null>(null);
  const responsiveness = useRef<HTMLDivElement>(null);

  if (results.length === 0) {
    return (
      <section className="panel results-section" aria-labelledby="results-title">
        <div className="results-head">
          <h2 id="results-title">{t('results.title')}</h2>
          <ShareButton enabled={false} />
        </div>
        <p className="hint">{t('results.none')}</p>
        <div className="results-actions">
          <ImportResults />
        </div>
      </section>
    );
  }

  const picture = results.find((r) => r.strategy === pictured) ?? results.at(-1);
  const exportJson = () => {
    const s = getStore().getState();
    const now = new Date();
    downloadJson(
      buildResultsJson(setup, results, s.env, s.poolStartupMs, key, now),
      exportName(setup.workload, 'results', now, 'json'),
    );
  };
  const exportCsv = () => {
    const now = new Date();
    const view = viewFromResults(setup, results, getStore().getState().env, now);
    downloadText(resultsCsv(view), exportName(setup.workload, 'samples', now, 'csv'), 'text/csv');
  };

  return (
    <section className="panel results-section" aria-labelledby="results-title">
      <div className="results-head">
        <h2 id="results-title">{t('results.title')}</h2>
        <ShareButton enabled />
      </div>
      <ShareLinkPanel problemKey={key} />
      <ResultsTable sources={sources} />
      <ComparisonChart sources={chartSources} fileStem={`concurrency-${setup.workload}-comparison`} />
      <div className="chart-with-download" ref={responsiveness}>
        <ChartDownload
          target={responsiveness}
          title={t('share.chart.responsiveness')}
          fileStem={`concurrency-${setup.workload}-responsiveness`}
          kind="svg"
        />
        <ResponsivenessSummary results={results} />
      </div>
      {setup.workload === 'mandelbrot' && picture && (
        <>
          {results.length > 1 && (
            <div className="field field--inline">
              <label htmlFor="picture-of">{t('results.pictureOf')}</label>
              <select id="picture-of" value={picture.strategy} onChange={(e) => setPictured(e.target.value)}>
                {results.map((r) => (
                  <option key={r.strategy} value={r.strategy}>
                    {strategyName(t, r.strategy)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <MandelbrotView result={picture} />
        </>
      )}
      <div className="results-actions">
        <button type="button" onClick={exportJson}>
          {t('results.downloadJson')}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('results.downloadCsv')}
        </button>
        <ImportResults />
      </div>
    </section>
  );
}
