import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/react';
import { downloadBlob, fileStamp } from '../../store/export';
import { canvasToPng, serializeSvg, svgToPng } from './chart-export';
import './share.css';

interface Props {
  /** The element holding the chart: its first Recharts <svg>, or its first <canvas>. */
  target: RefObject<HTMLElement | null>;
  /** The chart's title, written into the file. */
  title: string;
  /** File name before the date, e.g. "concurrency-mandelbrot-comparison". */
  fileStem: string;
  /** 'svg': offers SVG and PNG; 'canvas': PNG only. */
  kind: 'svg' | 'canvas';
}

/** The chart's <svg>: Recharts' surface when there is one (legend swatches are small svgs too). */
function findSvg(root: HTMLElement): SVGSVGElement | null {
  return (
    root.querySelector<SVGSVGElement>('svg.recharts-surface') ?? root.querySelector<SVGSVGElement>('svg')
  );
}

/**
 * A small "Download" menu beside a chart: SVG (vector, styles inline) and PNG (2× pixels).
 * A disclosure button and plain buttons, so it works the same with keyboard, mouse and readers.
 */
export function ChartDownload({ target, title, fileStem, kind }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const menuId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // Close on a click elsewhere, like any menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    }
  };

  const save = async (format: 'svg' | 'png') => {
    setProblem(null);
    const root = target.current;
    try {
      if (root === null) throw new Error(t('share.chart.missing'));
      const name = `${fileStem}-${fileStamp(new Date())}.${format}`;
      if (kind === 'canvas') {
        const canvas = root instanceof HTMLCanvasElement ? root : root.querySelector('canvas');
        if (canvas === null) throw new Error(t('share.chart.missing'));
        downloadBlob(await canvasToPng(canvas, title), name);
      } else {
        const svg = findSvg(root);
        if (svg === null) throw new Error(t('share.chart.missing'));
        const file = serializeSvg(svg, title);
        downloadBlob(
          format === 'svg' ? new Blob([file.text], { type: 'image/svg+xml' }) : await svgToPng(file),
          name,
        );
      }
      setOpen(false);
      toggle.current?.focus();
    } catch (e) {
      setProblem(t('share.chart.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the menu from any of its buttons
    <div className="chart-download" ref={wrap} onKeyDown={onKey}>
      <button
        type="button"
        ref={toggle}
        className="chart-download__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('share.chart.menu', { title })}
        onClick={() => setOpen(!open)}
      >
        {t('share.chart.download')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="chart-download__menu" id={menuId}>
          {kind === 'svg' && (
            <button type="button" onClick={() => save('svg')}>
              {t('share.chart.svg')}
            </button>
          )}
          <button type="button" onClick={() => save('png')}>
            {t('share.chart.png')}
          </button>
        </div>
      )}
      {problem && (
        <p className="chart-download__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
