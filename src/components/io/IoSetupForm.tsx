import { useId } from 'react';
import { estimateRunMs, IO_PRESETS, type IoPresetId, ioSpecs, MAX_ESTIMATED_MS } from '../../engine/io/setup';
import type { IoKind, Overflow } from '../../engine/io/types';
import { useT } from '../../i18n/react';
import { applyIoPreset, selectIoChecked, setIoInput } from '../../store/io-run';
import { useApp } from '../../store/store';
import { formatMs } from '../format';
import { NumberField } from '../NumberField';
import {
  FIELD_TEXT,
  fieldProblem,
  fieldsFor,
  fieldUsedBy,
  type IoNumericField,
  limitsText,
  strategyName,
} from './labels';

const KINDS: readonly IoKind[] = ['io-only', 'mixed'];

/** The preset a person means by "Everyday" for the experiment on screen. */
function everydayFor(kind: IoKind): IoPresetId {
  return kind === 'mixed' ? 'everyday-mixed' : 'everyday-io';
}

/** Experiment kind, presets, the run's parameters and the simulated server, each with its limits. */
export function IoSetupForm() {
  const t = useT();
  const inputs = useApp((s) => s.io.inputs);
  const cores = useApp((s) => s.env.cores);
  const running = useApp((s) => s.status !== 'idle');
  const checked = useApp(selectIoChecked);
  const kind = checked.setup.kind;
  const specs = ioSpecs(cores);
  const { run, server } = fieldsFor(kind);
  const overflowId = useId();
  const book = IO_PRESETS.find((p) => p.id === 'book');
  const everyday = IO_PRESETS.find((p) => p.id === everydayFor(kind));

  // The engine words its cross-field problems in English; the one it has today (a run too long to
  // allow) is re-worded here from the same estimate, the rest are shown as written.
  const estimate = estimateRunMs(checked.setup);
  const problems = checked.problems.map((p) =>
    estimate > MAX_ESTIMATED_MS && /minutes/.test(p)
      ? t('io.problem.tooLong', {
          minutes: Math.round(estimate / 60_000),
          allowed: MAX_ESTIMATED_MS / 60_000,
          strategy: strategyName(t, checked.setup.strategy),
        })
      : p,
  );

  const field = (f: IoNumericField) => {
    const spec = specs[f];
    const label = t(FIELD_TEXT[f].label);
    const users = fieldUsedBy(f, kind);
    const notes = [
      f === 'yieldEvery' ? t('io.note.zeroNever') : null,
      f === 'workers' ? t('io.note.workersAuto', { n: cores }) : null,
      users ? t('io.usedBy', { names: users.map((id) => strategyName(t, id)).join(', ') }) : null,
    ].filter((x): x is string => x !== null);
    return (
      <NumberField
        key={f}
        spec={spec}
        label={label}
        help={t(FIELD_TEXT[f].help)}
        value={inputs[f] ?? ''}
        problem={fieldProblem(t, spec, label, inputs[f] ?? '', checked.fieldProblems[f])}
        onChange={(v) => setIoInput(f, v)}
        note={notes.join(' · ')}
        limits={limitsText(t, spec)}
        showHelp
      />
    );
  };

  return (
    <fieldset className="panel setup io-setup" disabled={running}>
      <legend>{t('io.setup.legend')}</legend>
      <div className="io-kinds" role="radiogroup" aria-label={t('io.kind.label')}>
        {KINDS.map((k) => (
          <label key={k} className="strategy">
            <input
              type="radio"
              name="io-kind"
              value={k}
              checked={kind === k}
              onChange={() => setIoInput('kind', k)}
              aria-labelledby={`io-kind-${k}-name`}
              aria-describedby={`io-kind-${k}-about`}
            />
            <span className="strategy__body">
              <span className="strategy__name" id={`io-kind-${k}-name`}>
                {t(k === 'mixed' ? 'io.kind.mixed' : 'io.kind.ioOnly')}
              </span>
              <span className="strategy__summary" id={`io-kind-${k}-about`}>
                {t(k === 'mixed' ? 'io.kind.mixed.about' : 'io.kind.ioOnly.about')}
              </span>
            </span>
          </label>
        ))}
      </div>

      <fieldset className="io-presets">
        <legend className="io-presets__title">{t('io.presets')}</legend>
        {everyday && (
          <div className="io-preset">
            <button type="button" onClick={() => applyIoPreset(everyday.id)}>
              {t('io.preset.everyday')}
            </button>
            <span className="hint">
              {t('io.preset.everyday.about', { time: formatMs(everyday.estimatedSerialMs) })}
            </span>
          </div>
        )}
        {book && (
          <div className="io-preset">
            <button type="button" onClick={() => applyIoPreset(book.id)} aria-describedby="io-book-about">
              {t('io.preset.book')}
            </button>
            <span className="hint" id="io-book-about">
              {t('io.preset.book.about', {
                difficulty: book.setup.difficulty,
                items: book.setup.items,
                latency: book.setup.server.latencyMs,
                concurrency: book.setup.concurrency,
                time: formatMs(book.estimatedSerialMs),
              })}
            </span>
          </div>
        )}
      </fieldset>

      <div className="fields">{run.map(field)}</div>

      <fieldset className="io-server">
        <legend>{t('io.server.legend')}</legend>
        <p className="hint io-server__about">{t('io.server.about')}</p>
        <div className="fields">
          {server.map(field)}
          <div className="field">
            <label htmlFor={overflowId}>{t('io.field.overflow')}</label>
            <select
              id={overflowId}
              value={checked.setup.server.overflow}
              onChange={(e) => setIoInput('server.overflow', e.target.value as Overflow)}
              aria-describedby={`${overflowId}-help`}
            >
              <option value="queue">{t('io.overflow.queue')}</option>
              <option value="reject">{t('io.overflow.reject')}</option>
            </select>
            <span className="field__help" id={`${overflowId}-help`}>
              {t('io.help.overflow')}
            </span>
          </div>
        </div>
      </fieldset>

      {problems.length > 0 && (
        <ul className="problems" aria-label={t('io.problems')}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
