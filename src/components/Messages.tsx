import { dismissError, dismissNotices } from '../store/actions';
import { useApp } from '../store/store';

/** The run's error (role=alert) and any notices. Text only: nothing here is rendered as HTML. */
export function Messages() {
  const error = useApp((s) => s.error);
  const notices = useApp((s) => s.notices);
  return (
    <>
      {error && (
        <div className="message message--error" role="alert">
          <strong>{error.title}.</strong> {error.message}
          <button type="button" onClick={dismissError} aria-label="Dismiss error">
            ×
          </button>
        </div>
      )}
      {notices.length > 0 && (
        <div className="message message--notice" role="status">
          {notices.join(' ')}
          <button type="button" onClick={dismissNotices} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      )}
    </>
  );
}
