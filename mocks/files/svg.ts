/**
 * SVG building blocks for the generated document images. Every piece of text goes through `esc`:
 * applicant data may contain markup (`<script>`), and it must stay text.
 */

export function esc(value: string): string {
  return (
    value
      // XML 1.0 cannot carry most control characters at all, not even escaped: show a placeholder.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const FONT = "'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif";

export interface TextStyle {
  size?: number;
  fill?: string;
  weight?: 'normal' | 'bold';
  anchor?: 'start' | 'middle' | 'end';
  family?: string;
  spacing?: number;
}

export function text(x: number, y: number, content: string, style: TextStyle = {}): string {
  const attributes = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${style.size ?? 24}"`,
    `fill="${style.fill ?? '#1f2328'}"`,
    `font-family="${style.family ?? FONT}"`,
    style.weight === 'bold' ? 'font-weight="bold"' : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    style.spacing ? `letter-spacing="${style.spacing}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${esc(content)}</text>`;
}

/** Breaks text into lines of at most `width` characters (CJK text has no spaces to break at). */
export function wrap(content: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < content.length; i += width) lines.push(content.slice(i, i + width));
  return lines.length > 0 ? lines : [''];
}

export function lines(
  x: number,
  y: number,
  rows: readonly string[],
  lineHeight: number,
  style: TextStyle = {},
): string {
  return rows.map((row, i) => text(x, y + i * lineHeight, row, style)).join('');
}

export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">` +
    `<title>${esc(title)}</title>${body}</svg>`
  );
}

/** Colours of a drawn person: clothes, skin and hair. */
export interface Palette {
  clothes: string;
  skin: string;
  hair: string;
}

const PERSON: Palette = { clothes: '#35475c', skin: '#e9c6a5', hair: '#2a2522' };

/**
 * A head-and-shoulders portrait standing in for a photo of the person: shoulders, neck, face with
 * eyes and mouth, hair. Drawn in the box; `background` fills it first ('none' for a second person).
 */
export function silhouette(
  x: number,
  y: number,
  width: number,
  height: number,
  background: string,
  palette: Palette = PERSON,
): string {
  const cx = x + width / 2;
  const r = Math.min(width, height) * 0.2;
  const cy = y + height * 0.36;
  const neckTop = cy + r * 0.8;
  const f = (n: number) => n.toFixed(1);
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${background}"/>` +
    `<path d="M ${f(x + width * 0.1)} ${y + height} C ${f(x + width * 0.1)} ${f(y + height * 0.66)}, ${f(x + width * 0.9)} ${f(y + height * 0.66)}, ${f(x + width * 0.9)} ${y + height} Z" fill="${palette.clothes}"/>` +
    `<rect x="${f(cx - r * 0.35)}" y="${f(neckTop)}" width="${f(r * 0.7)}" height="${f(r * 0.75)}" fill="${palette.skin}"/>` +
    `<path d="M ${f(cx - r * 0.35)} ${f(neckTop + r * 0.75)} L ${f(cx)} ${f(neckTop + r * 1.15)} L ${f(cx + r * 0.35)} ${f(neckTop + r * 0.75)} Z" fill="#f4f4f4"/>` +
    `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r * 0.82)}" ry="${f(r)}" fill="${palette.skin}"/>` +
    `<path d="M ${f(cx - r * 0.86)} ${f(cy)} C ${f(cx - r * 0.95)} ${f(cy - r * 1.35)}, ${f(cx + r * 0.95)} ${f(cy - r * 1.35)}, ${f(cx + r * 0.86)} ${f(cy)} C ${f(cx + r * 0.6)} ${f(cy - r * 0.62)}, ${f(cx - r * 0.6)} ${f(cy - r * 0.62)}, ${f(cx - r * 0.86)} ${f(cy)} Z" fill="${palette.hair}"/>` +
    `<ellipse cx="${f(cx - r * 0.3)}" cy="${f(cy + r * 0.05)}" rx="${f(r * 0.09)}" ry="${f(r * 0.06)}" fill="#2a2522"/>` +
    `<ellipse cx="${f(cx + r * 0.3)}" cy="${f(cy + r * 0.05)}" rx="${f(r * 0.09)}" ry="${f(r * 0.06)}" fill="#2a2522"/>` +
    `<path d="M ${f(cx - r * 0.22)} ${f(cy + r * 0.5)} Q ${f(cx)} ${f(cy + r * 0.62)} ${f(cx + r * 0.22)} ${f(cy + r * 0.5)}" stroke="#a0524d" stroke-width="${f(r * 0.06)}" fill="none"/>`
  );
}

/** A round red seal with text along the top and a star in the middle. */
export function seal(cx: number, cy: number, r: number, label: string): string {
  const star = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r * 0.28 : r * 0.11;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
  return (
    `<g opacity="0.85"><circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#d32f2f" stroke-width="${r / 14}"/>` +
    `<polygon points="${star}" fill="#d32f2f"/>` +
    text(cx, cy + r * 0.62, label.slice(0, 14), {
      size: Math.round(r / 6.5),
      fill: '#d32f2f',
      anchor: 'middle',
    }) +
    `</g>`
  );
}

export function field(
  x: number,
  y: number,
  label: string,
  value: string,
  size = 24,
  labelWidth = 150,
): string {
  return (
    text(x, y, label, { size: size * 0.85, fill: '#4a6785' }) +
    text(x + labelWidth, y, value, { size, fill: '#111' })
  );
}

/**
 * The same document at another pixel size and turned by `rotate` degrees (a scan uploaded upside
 * down): the viewBox stays, so the drawing scales; the turn is about the page's centre.
 */
export function reframe(svg: string, width: number, height: number, rotate: number): string {
  const size = /<svg ([^>]*?)width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!size) return svg;
  const [, , , , vw, vh] = size;
  let out = svg.replace(
    `width="${size[2]}" height="${size[3]}"`,
    `width="${Math.round(width)}" height="${Math.round(height)}"`,
  );
  if (rotate % 360 !== 0) {
    out = out
      .replace(
        '</title>',
        `</title><g transform="rotate(${rotate} ${Number(vw) / 2} ${Number(vh) / 2})">`,
      )
      .replace(/<\/svg>$/, '</g></svg>');
  }
  return out;
}
