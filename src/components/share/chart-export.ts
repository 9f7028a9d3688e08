// Charts as files: an SVG chart serialised with its computed styles inlined (so it looks the same
// outside this page's stylesheets), and PNGs drawn at devicePixelRatio 2 from that SVG or from a
// canvas. Hand-written (~100 lines) rather than a library such as html-to-image: the charts are
// plain SVG and canvas, so nothing here needs to render HTML.

/** Pixel density of exported PNGs: sharp on high-density screens and in slides. */
export const PNG_SCALE = 2;
/** Room above the chart for its title, CSS px. */
const TITLE_H = 30;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties that can come from CSS and must travel with the file. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** A standalone SVG document of a chart, with its title, and its size in CSS px. */
export interface SvgFile {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** Serialises `svg` as a standalone SVG document, its computed styles inline and `title` on top. */
export function serializeSvg(svg: SVGSVGElement, title: string): SvgFile {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.ceil(box.width));
  const chartH = Math.max(1, Math.ceil(box.height));
  const height = chartH + TITLE_H;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const target = to[i];
    if (target === undefined) return;
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => {
      const v = cs.getPropertyValue(p);
      return v === '' ? '' : `${p}:${v};`;
    }).join('');
    target.setAttribute('style', style);
    target.removeAttribute('class');
  });
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(TITLE_H));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartH));

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '12');
  heading.setAttribute('y', '20');
  heading.setAttribute(
    'style',
    `font-family:${getComputedStyle(svg).fontFamily};font-size:15px;font-weight:700;fill:#1b1f24`,
  );
  heading.textContent = title; // text, never markup: titles may carry shared (untrusted) text
  root.append(titleEl, bg, heading, clone);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** Draws an SVG document onto a canvas at PNG_SCALE and returns the PNG. */
export async function svgToPng(file: SvgFile): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return await drawToPng(file.width, file.height, (ctx) =>
      ctx.drawImage(img, 0, 0, file.width, file.height),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A canvas (e.g. the lanes) as a PNG at PNG_SCALE, on white, with `title` above it. */
export function canvasToPng(canvas: HTMLCanvasElement, title: string): Promise<Blob> {
  const width = Math.max(1, Math.ceil(canvas.clientWidth || canvas.width));
  const chartH = Math.max(1, Math.ceil(canvas.clientHeight || canvas.height));
  const font = getComputedStyle(canvas).fontFamily || 'sans-serif';
  return drawToPng(width, chartH + TITLE_H, (ctx) => {
    ctx.fillStyle = '#1b1f24';
    ctx.font = `700 15px ${font}`;
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(title, 12, 20);
    ctx.drawImage(canvas, 0, TITLE_H, width, chartH);
  });
}

async function drawToPng(
  width: number,
  height: number,
  draw: (ctx: CanvasRenderingContext2D) => void,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('This browser cannot draw a PNG (no 2D canvas).');
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  draw(ctx);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b === null ? reject(new Error('The PNG could not be made.')) : resolve(b)),
      'image/png',
    ),
  );
}
