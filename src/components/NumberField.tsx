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
  /** Limits as worded by the caller (default: "min – max unit" for the locale). */
  limits?: string;
  /** Show the help under the field instead of as the limits' tooltip (forms with room for it). */
  showHelp?: boolean;
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
  limits: limitsOverride,
  showHelp = false,
}: Props) {
  const id = useId();
  const locale = useLocale();
  const limits =
    limitsOverride ??
    `${formatNumber(locale, spec.min)} – ${formatNumber(locale, spec.max)}${spec.unit ? ` ${spec.unit}` : ''}`;
  return (
    <div className={`field${problem ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-limits${problem ? ` ${id}-problem` : ''}${showHelp ? ` ${id}-help` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="field__limits" id={`${id}-limits`} title={showHelp ? undefined : help}>
        {limits}
        {note ? ` · ${note}` : ''}
      </span>
      {problem && (
        <span className="field__problem" id={`${id}-problem`}>
          {problem}
        </span>
      )}
      {showHelp && (
        <span className="field__help" id={`${id}-help`}>
          {help}
        </span>
      )}
    </div>
  );
});
