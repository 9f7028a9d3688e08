import { useT } from '../../i18n/react';
import type { ShareProblem } from '../../store/share';

/**
 * Why a link or a results file could not be opened: one message per error code, the decoder's
 * specifics below it. Text only: nothing from the link or file is rendered as HTML.
 */
export function ShareProblemMessage({
  problem,
  source,
  onDismiss,
}: {
  problem: ShareProblem;
  source: 'link' | 'file';
  onDismiss?: () => void;
}) {
  const t = useT();
  return (
    <div className="message message--error share-problem" role="alert" data-code={problem.code}>
      <p>
        <strong>{t(source === 'file' ? 'share.error.titleFile' : 'share.error.title')}.</strong>{' '}
        {t(`share.error.${problem.code}`)}
      </p>
      {problem.detail !== '' && (
        <p className="share-problem__detail">{t('share.error.detail', { detail: problem.detail })}</p>
      )}
      <p>{t(source === 'file' ? 'share.error.usableFile' : 'share.error.usable')}</p>
      {onDismiss && (
        <button type="button" onClick={onDismiss} aria-label={t('share.error.dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
