import { useT } from '../i18n/react';
import { VERDICT_COLOURS, VERDICT_LEGEND } from './frame-verdict';

/** The smooth / janky / frozen legend entries, one swatch each (heartbeat and summary share it). */
export function VerdictSwatches() {
  const t = useT();
  return (
    <>
      {(['smooth', 'janky', 'frozen'] as const).map((v) => (
        <span key={v} className="swatch">
          <span className="swatch__box" style={{ background: VERDICT_COLOURS[v] }} />
          {t(VERDICT_LEGEND[v])}
        </span>
      ))}
    </>
  );
}
