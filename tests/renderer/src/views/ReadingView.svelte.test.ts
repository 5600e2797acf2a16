/**
 * Moving between reading views: the window is titled after the view; from the second view on the
 * live region says where the reader is and the focus moves to the start of the new view (an
 * element with no name, so only the live region speaks); the first view leaves the focus alone.
 */
import { waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ReadingView from '../../../../renderer/src/views/ReadingView.svelte';
import { Announcer } from '../../../../renderer/src/lib/announcer.svelte';
import type { Route } from '../../../../renderer/src/lib/routes';
import { bundledModel } from '../../../support/load-bundled';
import { renderWithModel } from '../../../support/render-with-model';

describe('ReadingView', () => {
  it('titles the window, announces each new view once and moves the focus to its start', async () => {
    const announcer = new Announcer();
    const model = await bundledModel();
    const view = renderWithModel(ReadingView, model, { route: { name: 'overview' } as Route, api: undefined, announcer });
    await waitFor(() => expect(document.title).toBe("China's Pilot Free Trade Zones in 2022"));
    expect(announcer.message).toBe('');
    expect(document.activeElement).toBe(document.body);

    // WithModel's own props (the model, the component and the component's props), which the helper's type does not spell.
    const next = { props: { model, component: ReadingView, props: { route: { name: 'zones' } as Route, api: undefined, announcer } } };
    await view.rerender(next as unknown as Parameters<typeof view.rerender>[0]);
    await waitFor(() => expect(document.activeElement?.classList.contains('view-start')).toBe(true));
    expect(announcer.message).toBe('Zones, 21 pilot free trade zones');
    expect(document.title).toBe("Zones — China's Pilot Free Trade Zones in 2022");
    expect(document.activeElement?.textContent).toBe('');
    expect(document.activeElement?.hasAttribute('aria-label')).toBe(false);
    // The zones view loads on first use; once it is in, the page has one heading of the first rank.
    await waitFor(() => expect(document.querySelectorAll('h1')).toHaveLength(1));
  });
});
