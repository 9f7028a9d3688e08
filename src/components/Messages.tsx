import { useSay, useT } from '../i18n/react';
import { dismissError, dismissNotices } from '../store/actions';
import { useApp } from '../store/store';

/**
 * The run's error (role=alert) and any notices, said in the language on screen (the store keeps
 * them as data). Text only: nothing here is rendered as HTML.
 */
export function Messages() {
  const t = useT();
  const say = useSay();
  const error = useApp((s) => s.error);
  const notices = useApp((s) => s.notices);
  return (
    <>
      {error && (
        <div className="message message--error" role="alert">
          {/* One flex item, so the title flows into the text instead of wrapping in a column of its own. */}
          <span>
            <strong>{say(error.title)}.</strong> {say(error.message)}
          </span>
          <button type="button" onClick={dismissError} aria-label={t('ui.message.dismissError')}>
            ×
          </button>
        </div>
      )}
      {notices.length > 0 && (
        <div className="message message--notice" role="status">
          <span>{notices.map(say).join(' ')}</span>
          <button type="button" onClick={dismissNotices} aria-label={t('ui.message.dismissNotice')}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
