/**
 * The fill of a derived bar: a diagonal hatch in ink over the bar's colour, so derived values
 * differ from stated ones in grey too. The tile is drawn `scale` times finer for a chart drawn at
 * that many device pixels per CSS pixel. Self-contained (no imports, nothing from outside its
 * body): the bench's reveal.js deck runs the same function in its own page, from its source text.
 */
export function hatch(colour: string, ink: string, scale = 1): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8 * scale;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.scale(scale, scale);
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ink;
  ctx.globalAlpha = 0.45;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  // Drawn `scale` times finer, laid at its 8-pixel size: as many device pixels as the chart's own.
  pattern?.setTransform(new DOMMatrix([1 / scale, 0, 0, 1 / scale, 0, 0]));
  return pattern ?? colour;
}
