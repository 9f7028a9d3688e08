import { memo, useId } from 'react';
import type { ParamSpec } from '../engine/types';
import { useLocale } from '../i18n/react';
import { formatNumber } from '../i18n/translate';

interface Props {
  spec: ParamSpec;
  /** The label in the language on screen (spec.label is the engine's English). */
  label: string;
  /** The help in the language on screen, shown as the limits' tooltip. */
  help: string;
  value: string;
  problem: string | undefined;
  onChange(value: string): void;
  /** Shown after the numeric range, e.g. "0 = auto (2)". */
  note?: string;
  placeholder?: string;
}

/** A labelled number input with its limits beside it and its problem, if any, below. */
export const NumberField = memo(function NumberField({
  spec,
  label,
  help,
  value,
  problem,
  onChange,
  note,
  placeholder,
}: Props) {
  const id = useId();
  const locale = useLocale();
  const limits = `${formatNumber(locale, spec.min)} – ${formatNumber(locale, spec.max)}${spec.unit ? ` ${spec.unit}` : ''}`;
  return (
    <div className={`field${problem ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={value}
        placeholder={placeholder}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-limits${problem ? ` ${id}-problem` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="field__limits" id={`${id}-limits`} title={help}>
        {limits}
        {note ? ` · ${note}` : ''}
      </span>
      {problem && (
        <span className="field__problem" id={`${id}-problem`}>
          {problem}
        </span>
      )}
    </div>
  );
});
