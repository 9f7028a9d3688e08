import { strategiesFor } from '../../engine/io/setup';
import { getIoStrategy } from '../../engine/io/strategies';
import { useT } from '../../i18n/react';
import { selectIoChecked, setIoInput } from '../../store/io-run';
import { useApp } from '../../store/store';
import { STRATEGY_TEXT } from './labels';

/** One radio per strategy of the experiment on screen, with what it does and its Python idiom. */
export function IoStrategyPicker() {
  const t = useT();
  const running = useApp((s) => s.status !== 'idle');
  const kind = useApp((s) => selectIoChecked(s).setup.kind);
  const selected = useApp((s) => selectIoChecked(s).setup.strategy);
  return (
    <fieldset className="panel strategies" disabled={running}>
      <legend>{t('io.strategies.legend')}</legend>
      {strategiesFor(kind).map((id) => {
        const text = STRATEGY_TEXT[id];
        return (
          <label key={id} className="strategy">
            <input
              type="radio"
              name="io-strategy"
              value={id}
              checked={selected === id}
              onChange={() => setIoInput('strategy', id)}
              aria-labelledby={`io-strategy-${id}-name`}
              aria-describedby={`io-strategy-${id}-about`}
            />
            <span className="strategy__body">
              <span className="strategy__name" id={`io-strategy-${id}-name`}>
                {t(text.name)}
              </span>
              <span className="strategy__summary" id={`io-strategy-${id}-about`}>
                {t(text.about)}
              </span>
              <span className="strategy__python">
                Python: <code>{getIoStrategy(id).python.idiom}</code>
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
