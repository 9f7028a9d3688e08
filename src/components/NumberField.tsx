import { memo, useId } from 'react';
import { formatLimit } from '../engine/params';
import type { ParamSpec } from '../engine/types';

interface Props {
  spec: ParamSpec;
  value: string;
  problem: string | undefined;
  onChange(value: string): void;
  /** Shown instead of the numeric range, e.g. "0 = automatic". */
  note?: string;
  placeholder?: string;
}

/** A labelled number input with its limits beside it and its problem, if any, below. */
export const NumberField = memo(function NumberField({
  spec,
  value,
  problem,
  onChange,
  note,
  placeholder,
}: Props) {
  const id = useId();
  const limits = `${formatLimit(spec.min)} – ${formatLimit(spec.max)}${spec.unit ? ` ${spec.unit}` : ''}`;
  return (
    <div className={`field${problem ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{spec.label}</label>
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
      <span className="field__limits" id={`${id}-limits`} title={spec.help}>
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
