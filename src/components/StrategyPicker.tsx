import { STRATEGIES } from '../engine/strategies';
import { setStrategy } from '../store/actions';
import { useApp } from '../store/store';

/** One radio per strategy, with what it does and its Python counterpart; unavailable ones say why. */
export function StrategyPicker() {
  const selected = useApp((s) => s.strategy);
  const env = useApp((s) => s.env);
  const running = useApp((s) => s.status !== 'idle');
  return (
    <fieldset className="panel strategies" disabled={running}>
      <legend>Strategy</legend>
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
                {s.name}
              </span>
              <span className="strategy__summary">{s.summary}</span>
              <span className="strategy__python">
                Python: <code>{s.python.idiom}</code>
              </span>
              {why && <span className="strategy__why">Unavailable: {why}</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
