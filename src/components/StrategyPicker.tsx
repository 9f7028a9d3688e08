import { STRATEGIES } from '../engine/strategies';
import { engineText, strategyName, strategySummary } from '../i18n/engine-text';
import { useT } from '../i18n/react';
import { rich } from '../i18n/rich';
import { setStrategy } from '../store/actions';
import { useApp } from '../store/store';

/** One radio per strategy, with what it does and its Python counterpart; unavailable ones say why. */
export function StrategyPicker() {
  const t = useT();
  const selected = useApp((s) => s.strategy);
  const env = useApp((s) => s.env);
  const running = useApp((s) => s.status !== 'idle');
  return (
    <fieldset className="panel strategies" disabled={running}>
      <legend>{t('ui.strategy.legend')}</legend>
      {STRATEGIES.map((s) => {
        const why = s.availability(env);
        return (
          <label key={s.id} className={`strategy${why ? ' strategy--unavailable' : ''}`}>
            <input
              type="radio"
              name="strategy"
              value={s.id}
              checked={selected === s.id}
              disabled={why !== null}
              onChange={() => setStrategy(s.id)}
              aria-labelledby={`strategy-${s.id}-name`}
              aria-describedby={`strategy-${s.id}-about`}
            />
            <span className="strategy__body" id={`strategy-${s.id}-about`}>
              <span className="strategy__name" id={`strategy-${s.id}-name`}>
                {strategyName(t, s.id)}
              </span>
              <span className="strategy__summary">{strategySummary(t, s.id)}</span>
              <span className="strategy__python">
                {rich(t('ui.strategy.python'), { code: <code>{s.python.idiom}</code> })}
              </span>
              {why && (
                <span className="strategy__why">
                  {t('ui.strategy.unavailable', { why: engineText(t, why) })}
                </span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
