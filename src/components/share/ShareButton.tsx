import { useId, useRef } from 'react';
import { useT } from '../../i18n/react';
import { MAX_LINK_CHARS } from '../../permalink/share-codec';
import { canShareNatively, copyLink, dismissLink, makeShareLink, shareNatively } from '../../store/share';
import { useApp } from '../../store/store';
import './share.css';

/** The Share button: enabled once there are results for the setup on screen. */
export function ShareButton({ enabled }: { enabled: boolean }) {
  const t = useT();
  const hintId = useId();
  return (
    <>
      <button
        type="button"
        className="primary"
        onClick={() => void makeShareLink()}
        disabled={!enabled}
        aria-describedby={enabled ? undefined : hintId}
      >
        {t('share.button')}
      </button>
      {!enabled && (
        <span className="visually-hidden" id={hintId}>
          {t('share.buttonHint')}
        </span>
      )}
    </>
  );
}

/**
 * What Share made: the link (selectable, with its length), whether it was copied, the system
 * share sheet where the browser has one, and a note when lane detail was reduced to fit.
 * The message area is a polite live region, so screen readers hear "Link copied".
 */
export function ShareLinkPanel({ problemKey }: { problemKey: string }) {
  const t = useT();
  const made = useApp((s) => s.share.link);
  // A link made for other results (the setup changed since) is not offered for these.
  const link = made?.key === problemKey ? made : null;
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const chars = link?.url.length ?? 0;
  const message =
    link === null
      ? ''
      : link.copy === 'copying'
        ? t('share.copying')
        : link.copy === 'copied'
          ? t('share.copied', { n: chars })
          : t('share.copyFailed', { n: chars });
  return (
    <div className="share-panel-wrap">
      <p className="share-message" aria-live="polite" aria-atomic="true">
        {message}
        {link?.downsampled && ` ${t('share.downsampled')}`}
      </p>
      {link !== null && (
        <div className="share-panel">
          <label htmlFor={inputId}>{t('share.linkLabel')}</label>
          <input
            id={inputId}
            ref={input}
            className="share-panel__url"
            readOnly
            value={link.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          {chars > MAX_LINK_CHARS && <p className="bad">{t('share.tooLong', { max: MAX_LINK_CHARS })}</p>}
          <div className="share-panel__buttons">
            <button
              type="button"
              onClick={() => {
                input.current?.select();
                void copyLink();
              }}
            >
              {t('share.copyAgain')}
            </button>
            {canShareNatively() && (
              <button type="button" onClick={() => void shareNatively(t('share.sheetTitle'))}>
                {t('share.system')}
              </button>
            )}
            <button type="button" onClick={dismissLink}>
              {t('share.close')}
            </button>
          </div>
          <p className="hint">{t('share.privacy')}</p>
        </div>
      )}
    </div>
  );
}
