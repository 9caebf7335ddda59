/**
 * New images are shown one at a time, each once it is decoded and a frame after the one before.
 *
 * An order's thumbnails come in together (fetched ahead, on the worker), and a page that sets them
 * all at once keeps the first from the screen until the browser has decoded every one: a material
 * image is an SVG drawing or a large scan, about 10 ms of main-thread work each here, and no frame
 * is painted between them. In turn, the first is on screen as soon as it alone is ready, and the
 * others follow a frame apart.
 */

let turn: Promise<void> = Promise.resolve();

const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 16);
  });

/** Decodes the image at `url` off the page (the `<img>` then finds it decoded, by its address). */
function decode(url: string): Promise<void> {
  const image = new Image();
  image.src = url;
  // A file the browser cannot decode is shown (broken) all the same; jsdom has no decode().
  return typeof image.decode === 'function'
    ? image.decode().catch(() => undefined)
    : Promise.resolve();
}

/** Resolves when the image at `url` may be shown: decoded, and a frame after the one before. */
export function imageTurn(url: string): Promise<void> {
  const mine = turn.then(() => decode(url));
  turn = mine.then(nextFrame);
  return mine;
}
