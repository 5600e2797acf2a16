/**
 * What a route is called, for people who cannot see the page change: the window's title
 * ("Zones — China's Pilot Free Trade Zones in 2022") and the sentence the live region says when a
 * reading view opens ("Zones, 21 pilot free trade zones"). English only: a live region and a
 * window title cannot mark a language, so Chinese names are left to the page, where they carry
 * lang="zh-Hans".
 */
import type { BriefingIndex } from '../model/briefing-index';
import type { ChartSpec } from '../model/chart-specs';
import { plural } from './figure-format';
import type { Route } from './routes';

/** The parts of the model the names need. */
export type NamedModel = Pick<BriefingIndex, 'briefing' | 'zone' | 'pointsNamingZone' | 'zoneLabel'> & { charts: readonly ChartSpec[] };

/** The view's short name, as its heading says it: "Zones", "Hubei", "Promote high-level opening up". */
export function routeName(route: Route, model: NamedModel): string {
  const { briefing } = model;
  switch (route.name) {
    case 'overview':
      return 'Overview';
    case 'zones':
      return 'Zones';
    case 'zone':
      return model.zone(route.id)?.nameEn ?? 'No such zone';
    case 'area':
      return briefing.areas.find((a) => a.id === route.id)?.title ?? 'No such area';
    case 'outlook':
      return briefing.outlook?.title ?? 'No outlook';
    case 'charts':
      return 'Charts';
    case 'source':
      return 'Source text';
    case 'present':
      return 'Presenting';
    case 'print':
      return route.content === 'handout' ? 'Slide handouts' : 'Summary';
  }
}

/** The window's title: the view, then the briefing ("Zones — China's Pilot Free Trade Zones in 2022"). */
export function routeTitle(route: Route, model: NamedModel): string {
  return route.name === 'overview' ? model.briefing.title : `${routeName(route, model)} — ${model.briefing.title}`;
}

function zoneSentence(id: string, model: NamedModel): string {
  const zone = model.zone(id);
  if (!zone) return 'No such zone';
  const mentions = model.pointsNamingZone(id).length;
  return `${zone.nameEn}, set up in ${zone.established}, ${mentions ? `named in ${plural(mentions, 'point')} of the briefing` : 'not named in the briefing'}`;
}

/** What the live region says when the view opens: its name and what it holds. */
export function routeAnnouncement(route: Route, model: NamedModel): string {
  const { briefing } = model;
  switch (route.name) {
    case 'overview':
      return `Overview, ${briefing.title}`;
    case 'zones':
      return `Zones, ${briefing.zones.length} ${model.zoneLabel}`;
    case 'zone':
      return zoneSentence(route.id, model);
    case 'area': {
      const area = briefing.areas.find((a) => a.id === route.id);
      return area ? `Area ${area.number} of ${briefing.areas.length}, ${area.title}, ${plural(area.points.length, 'point')}` : 'No such area';
    }
    case 'outlook':
      return briefing.outlook ? `Outlook for ${briefing.outlook.year}, ${briefing.outlook.title}, ${plural(briefing.outlook.tasks.length, 'task')}` : 'No outlook';
    case 'charts': {
      const chart = route.chart ? model.charts.find((c) => c.id === route.chart) : undefined;
      return chart ? `Charts, ${chart.title}` : `Charts, ${plural(model.charts.length, 'chart')}`;
    }
    case 'source':
      return route.quote ? 'Source text, the quote highlighted' : route.paragraph ? `Source text, paragraph ${route.paragraph}` : 'Source text';
    case 'present':
    case 'print':
      return routeName(route, model);
  }
}
