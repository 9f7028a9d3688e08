import { useMemo, useState } from 'react';
import { problemKey } from '../engine/setup';
import { getStrategy } from '../engine/strategies';
import { buildResultsJson, downloadJson } from '../store/export';
import { baselineMedian, resultsFor } from '../store/run';
import { getStore, selectChecked, useApp } from '../store/store';
import { ComparisonChart } from './ComparisonChart';
import { MandelbrotView } from './MandelbrotView';
import { ResponsivenessSummary } from './ResponsivenessSummary';
import { ResultsTable } from './ResultsTable';

/** Results for the setup on screen: table, chart, the Mandelbrot picture, and the JSON export. */
export function ResultsSection() {
  const all = useApp((s) => s.results);
  const setup = useApp((s) => selectChecked(s).setup);
  const key = problemKey(setup);
  const results = useMemo(() => resultsFor(all, key), [all, key]);
  const baseline = useMemo(() => baselineMedian(all, key), [all, key]);
  const [pictured, setPictured] = useState<string | null>(null);

  if (results.length === 0) {
    return (
      <section className="panel results-section" aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <p className="hint">
          No results for this setup yet. Press Run, or Compare all to run every strategy.
        </p>
      </section>
    );
  }

  const picture = results.find((r) => r.strategy === pictured) ?? results.at(-1);
  const exportJson = () => {
    const s = getStore().getState();
    downloadJson(
      buildResultsJson(setup, results, s.env, s.poolStartupMs, key, new Date()),
      `concurrency-${setup.workload}-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}.json`,
    );
  };

  return (
    <section className="panel results-section" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      <ResultsTable results={results} baseline={baseline} />
      <ComparisonChart results={results} />
      <ResponsivenessSummary results={results} />
      {setup.workload === 'mandelbrot' && picture && (
        <>
          {results.length > 1 && (
            <div className="field field--inline">
              <label htmlFor="picture-of">Picture of</label>
              <select id="picture-of" value={picture.strategy} onChange={(e) => setPictured(e.target.value)}>
                {results.map((r) => (
                  <option key={r.strategy} value={r.strategy}>
                    {getStrategy(r.strategy).name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <MandelbrotView result={picture} />
        </>
      )}
      <button type="button" onClick={exportJson}>
        Download results (JSON)
      </button>
    </section>
  );
}
