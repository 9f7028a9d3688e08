import { memo, useId } from 'react';
import type { ParamSpec } from '../../engine/types';
import { useT } from '../../i18n/react';
import { limitsText } from './labels';

interface Props {
  spec: ParamSpec;
  label: string;
  help: string;
  value: string;
  /** Already translated; shown below the input and announced with it. */
  problem: string | undefined;
  onChange(value: string): void;
  /** Extra words after the limits, e.g. "used by Batched" or "0 = never". */
  note?: string;
}

/**
 * A labelled text input with its limits and help beside it and its problem below. Text, not
 * type=number: what the person typed is kept exactly (a half-typed "1e" is not silently emptied).
 */
export const IoNumberField = memo(function IoNumberField({
  spec,
  label,
  help,
  value,
  problem,
  onChange,
  note,
}: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className={`field${problem ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={`${problem ? `${id}-problem ` : ''}${id}-limits ${id}-help`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="field__limits" id={`${id}-limits`}>
        {limitsText(t, spec)}
        {note ? ` · ${note}` : ''}
      </span>
      {problem && (
        <span className="field__problem" id={`${id}-problem`}>
          {problem}
        </span>
      )}
      <span className="field__help" id={`${id}-help`}>
        {help}
      </span>
    </div>
  );
});
