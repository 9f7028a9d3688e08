import { memo, useEffect, useRef } from 'react';
import type { StrategyResult } from '../engine/runner';
import { strategyName } from '../i18n/engine-text';
import { useT } from '../i18n/react';
import { laneColour, laneRgb } from './palette';

/**
 * The picture a Mandelbrot run computed, each row tinted by the lane that computed it, so
 * dynamic claiming is visible: stripes of alternating colours where workers took turns.
 */
export const MandelbrotView = memo(function MandelbrotView({ result }: { result: StrategyResult }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = result.params.width ?? 0;
  const height = result.params.height ?? 0;
  const maxIter = result.params.maxIter ?? 1;

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(width, height);
    const logMax = Math.log(maxIter + 1);
    const { results, lanes } = result.last;
    for (let row = 0; row < height; row++) {
      const [r, g, b] = laneRgb(lanes[row] ?? 0);
      for (let col = 0; col < width; col++) {
        const it = results[row * width + col] ?? 0;
        // Inside the set: the lane colour, dark. Outside: brighter the longer the point held out.
        const t = it >= maxIter ? 0.35 : 0.15 + 0.85 * (Math.log(it + 1) / logMax);
        const p = 4 * (row * width + col);
        img.data[p] = r * t;
        img.data[p + 1] = g * t;
        img.data[p + 2] = b * t;
        img.data[p + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
  }, [result, width, height, maxIter]);

  const lanesUsed = [...new Set(result.last.lanes)].sort((a, b) => a - b);
  const name = strategyName(t, result.strategy);
  const laneName = (lane: number) =>
    lane === 0 ? t('results.lane.main') : t('results.lane.worker', { n: lane });
  return (
    <figure className="mandelbrot">
      <canvas
        ref={canvas}
        width={width}
        height={height}
        role="img"
        aria-label={t('results.picture.label', { size: `${width}×${height}`, name })}
      />
      <figcaption>
        {t('results.picture.rowsBy', { name })}{' '}
        {lanesUsed.map((lane) => (
          <span key={lane} className="swatch">
            <span className="swatch__box" style={{ background: laneColour(lane) }} />
            {t('results.picture.rows', {
              lane: laneName(lane),
              n: result.last.lanes.filter((l) => l === lane).length,
            })}
          </span>
        ))}
      </figcaption>
    </figure>
  );
});
