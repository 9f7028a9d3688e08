import { useId, useState } from 'react';
import { strategiesFor } from '../../engine/io/setup';
import { getIoStrategy } from '../../engine/io/strategies';
import type { IoStrategyId } from '../../engine/io/types';
import { useT } from '../../i18n/react';
import { selectIoChecked } from '../../store/io-run';
import { useApp } from '../../store/store';
import { strategyName } from './labels';
import { foldPython } from './source';

// The TypeScript that actually runs: each strategy's own source file, bundled as text by Vite. A
// glob rather than one import per file, so a strategy file renamed or added is picked up as is.
const SOURCES = import.meta.glob<string>(
  ['../../engine/io/strategies/*.ts', '!../../engine/io/strategies/*.test.ts'],
  { query: '?raw', import: 'default', eager: true },
);

/** The source file of a strategy: the file named after it (serial.ts, async.ts, …), if bundled. */
function sourceOf(id: string): { file: string; code: string } | null {
  for (const [path, code] of Object.entries(SOURCES)) {
    const file = path.split('/').at(-1) ?? path;
    if (file.replace(/\.ts$/, '') === id) return { file: `src/engine/io/strategies/${file}`, code };
  }
  return null;
}

/**
 * Each strategy's Python counterpart beside the TypeScript that ran: side by side on a wide screen,
 * stacked on a phone. The strategy shown follows the form; a tab list switches between them.
 */
export function IoCodePanel() {
  const t = useT();
  const kind = useApp((s) => selectIoChecked(s).setup.kind);
  const selected = useApp((s) => selectIoChecked(s).setup.strategy);
  const [picked, setPicked] = useState<IoStrategyId | null>(null);
  const ids = strategiesFor(kind);
  const shown = picked !== null && ids.includes(picked) ? picked : selected;
  const strategy = getIoStrategy(shown);
  const source = sourceOf(shown);
  // The run helper every strategy calls (compute, save with retries, pause): one click away.
  const helpers = sourceOf('context');
  const base = useId();
  return (
    <section className="panel python io-code" aria-labelledby="io-code-title">
      <h2 id="io-code-title">{t('io.code.title')}</h2>
      <p className="hint">{t('io.code.about')}</p>
      <div className="io-code__tabs" role="tablist" aria-label={t('io.code.tabs')}>
        {ids.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`${base}-${id}`}
            aria-selected={id === shown}
            aria-controls={`${base}-panel`}
            tabIndex={id === shown ? 0 : -1}
            onClick={() => setPicked(id)}
            onKeyDown={(e) => {
              const i = ids.indexOf(id);
              const next =
                e.key === 'ArrowRight'
                  ? ids[(i + 1) % ids.length]
                  : e.key === 'ArrowLeft'
                    ? ids[(i - 1 + ids.length) % ids.length]
                    : undefined;
              if (next === undefined) return;
              e.preventDefault();
              setPicked(next);
              document.getElementById(`${base}-${next}`)?.focus();
            }}
          >
            {strategyName(t, id)}
          </button>
        ))}
      </div>
      <div
        className="io-code__pair"
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-${shown}`}
      >
        <figure className="io-code__side">
          <figcaption>
            {t('io.code.python')} · <code>{strategy.python.idiom}</code>
          </figcaption>
          <pre>
            <code>{strategy.python.code}</code>
          </pre>
        </figure>
        <figure className="io-code__side">
          <figcaption>
            {t('io.code.ts')} · <code>{source?.file ?? '—'}</code>
          </figcaption>
          <pre>
            <code>{source ? foldPython(source.code) : t('io.code.missing')}</code>
          </pre>
        </figure>
      </div>
      {helpers && (
        <details className="io-code__helpers">
          <summary>{t('io.code.helpers', { file: helpers.file })}</summary>
          <pre>
            <code>{helpers.code}</code>
          </pre>
        </details>
      )}
    </section>
  );
}
