import { esc } from './svg';

/**
 * A viewer's watermark over a material image: the account and the server time (CST), tiled across
 * the page at an angle and semi-transparent, drawn into the image itself so that a screenshot or
 * a saved file still says who looked at it and when (api.md "Materials").
 */
export function watermark(svg: string, viewer: string, nowIso: string): string {
  const size = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!size) return svg;
  const width = Number(size[1]);
  const height = Number(size[2]);
  const label = `${viewer} · ${nowIso.slice(0, 10)} ${nowIso.slice(11, 19)} CST`;
  const font = Math.max(12, Math.round(width / 42));
  // Wide enough for the text and a gap; the second row is staggered by half a tile and drawn again
  // one tile to the left, so that the pattern's clipping never cuts a label short.
  const tileWidth = Math.round(font * label.length * 0.6 + font * 3);
  const tileHeight = font * 5;
  const half = Math.round(tileWidth / 2);
  const layer =
    `<defs><pattern id="viewer-watermark" patternUnits="userSpaceOnUse" width="${tileWidth}" height="${tileHeight}" patternTransform="rotate(-28)">` +
    `<text x="0" y="${font * 2}" font-size="${font}" fill="#1f2328" fill-opacity="0.22" font-family="sans-serif">${esc(label)}</text>` +
    [half, half - tileWidth]
      .map(
        (x) =>
          `<text x="${x}" y="${Math.round(font * 4.5)}" font-size="${font}" fill="#1f2328" fill-opacity="0.22" font-family="sans-serif">${esc(label)}</text>`,
      )
      .join('') +
    `</pattern></defs>` +
    `<rect data-watermark="viewer" x="0" y="0" width="${width}" height="${height}" fill="url(#viewer-watermark)" pointer-events="none"/>`;
  return svg.replace(/<\/svg>\s*$/, `${layer}</svg>`);
}
