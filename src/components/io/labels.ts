// Names of the I/O lab's fields and strategies in the UI's language, and field problems worded
// from the field's limits: the engine's checkIoSetup reports problems in English (it is shared with
// node tests and links), so the page re-derives the reason from the same limits and translates it.
import type { NumericIoField } from '../../engine/io/setup';
import type { IoKind, IoStrategyId } from '../../engine/io/types';
import { formatLimit } from '../../engine/params';
import type { ParamSpec } from '../../engine/types';
import type { MessageKey } from '../../i18n/messages';
import type { Translate } from '../../i18n/translate';

/** Numeric fields of the lab's form, as the engine names them. */
export type IoNumericField = NumericIoField;

/** Label and one-line help of each numeric field. */
export const FIELD_TEXT: Record<IoNumericField, { label: MessageKey; help: MessageKey }> = {
  items: { label: 'io.field.items', help: 'io.help.items' },
  difficulty: { label: 'io.field.difficulty', help: 'io.help.difficulty' },
  batchSize: { label: 'io.field.batchSize', help: 'io.help.batchSize' },
  concurrency: { label: 'io.field.concurrency', help: 'io.help.concurrency' },
  yieldEvery: { label: 'io.field.yieldEvery', help: 'io.help.yieldEvery' },
  retries: { label: 'io.field.retries', help: 'io.help.retries' },
  workers: { label: 'io.field.workers', help: 'io.help.workers' },
  repetitions: { label: 'io.field.repetitions', help: 'io.help.repetitions' },
  'server.latencyMs': { label: 'io.field.latency', help: 'io.help.latency' },
  'server.jitterMs': { label: 'io.field.jitter', help: 'io.help.jitter' },
  'server.capacity': { label: 'io.field.capacity', help: 'io.help.capacity' },
  'server.seed': { label: 'io.field.seed', help: 'io.help.seed' },
};

/** Strategy names and one-line descriptions. */
export const STRATEGY_TEXT: Record<IoStrategyId, { name: MessageKey; about: MessageKey }> = {
  serial: { name: 'io.strategy.serial', about: 'io.strategy.serial.about' },
  batched: { name: 'io.strategy.batched', about: 'io.strategy.batched.about' },
  async: { name: 'io.strategy.async', about: 'io.strategy.async.about' },
  hybrid: { name: 'io.strategy.hybrid', about: 'io.strategy.hybrid.about' },
};

/** The strategy's name in the UI's language. */
export function strategyName(t: Translate, id: IoStrategyId): string {
  return t(STRATEGY_TEXT[id].name);
}

/** Which strategies read a field, so the form can say "used by …" (null: every strategy). */
export function fieldUsedBy(field: IoNumericField, kind: IoKind): readonly IoStrategyId[] | null {
  switch (field) {
    case 'batchSize':
      return ['batched'];
    case 'concurrency':
      return kind === 'mixed' ? ['async', 'hybrid'] : ['async'];
    case 'yieldEvery':
      return ['async'];
    case 'workers':
      return ['hybrid'];
    default:
      return null;
  }
}

/** Fields shown for an experiment kind (CPU fields only for the mixed experiment). */
export function fieldsFor(kind: IoKind): { run: IoNumericField[]; server: IoNumericField[] } {
  const run: IoNumericField[] =
    kind === 'mixed'
      ? ['items', 'difficulty', 'batchSize', 'concurrency', 'yieldEvery', 'workers', 'retries', 'repetitions']
      : ['items', 'batchSize', 'concurrency', 'retries', 'repetitions'];
  return { run, server: ['server.latencyMs', 'server.jitterMs', 'server.capacity', 'server.seed'] };
}

/**
 * The problem with `text` for a field, in the UI's language, from the same rules as checkValue
 * (trim, drop thousands separators, whole numbers, limits). `engineProblem` is the engine's verdict:
 * no verdict means no problem; a verdict this function cannot explain is shown as the engine wrote it.
 */
export function fieldProblem(
  t: Translate,
  spec: ParamSpec,
  label: string,
  text: string,
  engineProblem: string | undefined,
): string | undefined {
  if (engineProblem === undefined) return undefined;
  const raw = text.trim().replaceAll(',', '').replaceAll('_', '');
  const n = raw === '' ? Number.NaN : Number(raw);
  const vars = { label, text, min: formatLimit(spec.min), max: formatLimit(spec.max) };
  if (!Number.isFinite(n)) return t('io.problem.nan', vars);
  if (spec.integer && !Number.isInteger(n)) return t('io.problem.whole', vars);
  if (n < spec.min) return t('io.problem.min', vars);
  if (n > spec.max) return t('io.problem.max', vars);
  return engineProblem;
}

/** "100 – 1,000 ms": the limits shown beside an input, the unit in the UI's language. */
export function limitsText(t: Translate, spec: ParamSpec): string {
  const unit = spec.unit === 'items' ? t('io.unit.items') : spec.unit;
  return `${formatLimit(spec.min)} – ${formatLimit(spec.max)}${unit ? ` ${unit}` : ''}`;
}
