import { type ReactNode, useEffect, useId } from 'react';
import { useT } from '../i18n/react';

// The first-visit pointer. Why not driver.js (or another tour library): a tour there is an overlay
// positioned over the page, which needs a focus trap or leaves one out, and fights scrolling on a
// phone. The chapter's own controls live on this page, so the pointer is simply rendered next to
// its target: a highlight ring on the target and a tip above it. It never takes focus, never traps
// it, and Escape or "Got it" dismisses it for good (remembered per chapter). ~40 lines, no overlay.

interface Props {
  /** Shown only when true (the first visit to the chapter). */
  readonly active: boolean;
  readonly text: string;
  onDismiss(): void;
  readonly children: ReactNode;
}

/** Wraps a control: while active, rings it and shows the tip above it. */
export function Spot({ active, text, onDismiss, children }: Props) {
  const t = useT();
  const id = useId();
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onDismiss();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, onDismiss]);
  // The same tree whether or not the tip shows, so the wrapped control keeps its state when it goes.
  return (
    <div className="spot">
      {active && (
        <aside className="spot__tip" aria-labelledby={id}>
          <p id={id}>
            <strong>{t('learn.pointer.label')}:</strong> {text}
          </p>
          <p className="spot__actions">
            <button type="button" onClick={onDismiss}>
              {t('learn.pointer.dismiss')}
            </button>
            <span className="hint">{t('learn.pointer.escape')}</span>
          </p>
        </aside>
      )}
      <div className={active ? 'spot__target spot__target--on' : 'spot__target'}>{children}</div>
    </div>
  );
}
