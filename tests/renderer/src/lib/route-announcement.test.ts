import { describe, expect, it } from 'vitest';
import { routeAnnouncement, routeName, routeTitle } from '../../../../renderer/src/lib/route-announcement';
import { bundledModel } from '../../../support/load-bundled';

const TITLE = "China's Pilot Free Trade Zones in 2022";

describe('what a view is called, for the window title and the live region', () => {
  it('says each reading view by its name and what it holds', async () => {
    const model = await bundledModel();
    expect(routeAnnouncement({ name: 'overview' }, model)).toBe(`Overview, ${TITLE}`);
    expect(routeAnnouncement({ name: 'zones' }, model)).toBe('Zones, 21 pilot free trade zones');
    expect(routeAnnouncement({ name: 'zone', id: 'shaanxi' }, model)).toBe('Shaanxi, set up in 2017, named in 2 points of the briefing');
    expect(routeAnnouncement({ name: 'zone', id: 'hainan' }, model)).toBe('Hainan, set up in 2018, not named in the briefing');
    expect(routeAnnouncement({ name: 'area', id: 'opening-up' }, model)).toBe('Area 1 of 4, Promote high-level opening up, 7 points');
    expect(routeAnnouncement({ name: 'outlook' }, model)).toBe('Outlook for 2023, The work for 2023, 3 tasks');
    expect(routeAnnouncement({ name: 'charts' }, model)).toBe('Charts, 4 charts');
    expect(routeAnnouncement({ name: 'charts', chart: 'year-on-year-growth' }, model)).toBe('Charts, Year-on-year growth');
    expect(routeAnnouncement({ name: 'source' }, model)).toBe('Source text');
    expect(routeAnnouncement({ name: 'source', quote: 'trade-volume' }, model)).toBe('Source text, the quote highlighted');
    expect(routeAnnouncement({ name: 'source', paragraph: 4 }, model)).toBe('Source text, paragraph 4');
  });

  it('says plainly when a route names nothing in the briefing', async () => {
    const model = await bundledModel();
    expect(routeAnnouncement({ name: 'zone', id: 'atlantis' }, model)).toBe('No such zone');
    expect(routeAnnouncement({ name: 'area', id: 'nowhere' }, model)).toBe('No such area');
    expect(routeName({ name: 'area', id: 'nowhere' }, model)).toBe('No such area');
  });

  it('titles the window with the view, then the briefing', async () => {
    const model = await bundledModel();
    expect(routeTitle({ name: 'overview' }, model)).toBe(TITLE);
    expect(routeTitle({ name: 'zones' }, model)).toBe(`Zones — ${TITLE}`);
    expect(routeTitle({ name: 'zone', id: 'hubei' }, model)).toBe(`Hubei — ${TITLE}`);
    expect(routeTitle({ name: 'area', id: 'reform-innovation' }, model)).toBe(`Deepen reform and innovation — ${TITLE}`);
    expect(routeTitle({ name: 'print', content: 'handout', paper: 'a4' }, model)).toBe(`Slide handouts — ${TITLE}`);
  });
});
