/**
 * Reads the design tokens a chart needs where the chart is shown: the screen's, the projector's
 * (inside a slide) or print's, in the light or dark theme. Custom properties written with
 * light-dark() only resolve on a real property, so each token is resolved through a hidden probe
 * element placed in the chart's own box.
 *
 * In Windows high contrast (forced colours) the browser forces the probe's colours as it forces
 * the page's: ink comes back as the system's text colour, and the backgrounds behind the chart as
 * the system's background; the chart tokens are system colours there (tokens.css), which
 * forcing keeps. So the canvas, which the system does not recolour, is drawn in its colours.
 */
import type { ChartTheme } from './chart-config';

/** Whether a computed colour shows nothing (`transparent`, or any colour at alpha 0). */
function isClear(colour: string): boolean {
  return colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour) || /\/\s*0\)$/.test(colour);
}

/** The colour behind `host`: the first background from it up the page that shows, else the page's own (`Canvas`). */
function backdrop(host: HTMLElement, probe: HTMLElement): string {
  for (let el: Element | null = host; el; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor;
    if (!isClear(colour)) return colour;
  }
  probe.style.backgroundColor = 'Canvas';
  return getComputedStyle(probe).backgroundColor;
}

export function readChartTheme(host: HTMLElement): ChartTheme {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none';
  host.append(probe);
  const style = getComputedStyle(probe);
  const colour = (token: string) => {
    probe.style.color = `var(${token})`;
    return style.color;
  };
  probe.style.fontSize = 'var(--text-sm)';
  const theme: ChartTheme = {
    fontSize: parseFloat(style.fontSize),
    fontFamily: getComputedStyle(host).fontFamily,
    ink: colour('--ink'),
    muted: colour('--ink-2'),
    grid: colour('--chart-grid'),
    backdrop: backdrop(host, probe),
    subject: colour('--chart-subject'),
    second: colour('--chart-second'),
    derived: colour('--chart-derived'),
  };
  probe.remove();
  return theme;
}
