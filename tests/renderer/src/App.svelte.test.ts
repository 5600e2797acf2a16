/**
 * The renderer's side of opening another briefing: the new payload replaces the open one and
 * the overview shows it; a dropped file goes to main by its path; a failure is listed in an
 * alert while the briefing already open stays on screen.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import App from '../../../renderer/src/App.svelte';
import { readBriefingFile } from '../../../electron/main/briefing-files';
import type { BriefingPayload, BriefingViewerApi, EventContract, OpenBriefingResult } from '../../../electron/shared/ipc-contract';
import { loadBundled, PROJECT_ROOT } from '../../support/load-bundled';

const SECOND = join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json');

function fakeApi(first: BriefingPayload, openResult: OpenBriefingResult) {
  const changed = new Set<(p: BriefingPayload) => void>();
  const failed = new Set<(f: EventContract['briefing:open-failed']) => void>();
  const api: BriefingViewerApi = {
    getBriefing: async () => first,
    getAppInfo: async () => ({ name: 'Briefing Viewer', version: 'test', host: 'browser' }),
    onMenuCommand: () => () => undefined,
    openBriefingDialog: vi.fn(async () => ({ ok: false, reason: 'cancelled' }) as const),
    openBriefingPath: vi.fn(async () => openResult),
    getRecentBriefings: async () => [],
    saveFile: async () => ({ saved: false, reason: 'cancelled' }),
    exportPdf: async () => ({ saved: false, reason: 'cancelled' }),
    printDocument: async () => ({ printed: false }),
    revealFile: async () => undefined,
    onPdfProgress: () => () => undefined,
    startPresenting: async () => 'one-display',
    stopPresenting: async () => undefined,
    sendPresentationState: () => undefined,
    onPresentationState: () => () => undefined,
    getPathForFile: vi.fn((file: File) => `/home/ada/${file.name}`),
    onBriefingChanged: (l) => (changed.add(l), () => changed.delete(l)),
    onBriefingOpenFailed: (l) => (failed.add(l), () => failed.delete(l)),
  };
  return {
    api,
    emitChanged: (p: BriefingPayload) => changed.forEach((l) => l(p)),
    emitFailed: (f: EventContract['briefing:open-failed']) => failed.forEach((l) => l(f)),
  };
}

async function second(): Promise<BriefingPayload> {
  const r = await readBriefingFile(SECOND, { kind: 'file', path: SECOND });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.payload;
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('opening another briefing in the renderer', () => {
  it('swaps in the briefing main opened and shows its overview', async () => {
    const fake = fakeApi(await loadBundled(), { ok: true });
    window.location.hash = '#/zones';
    render(App, { api: fake.api });
    await waitFor(() => expect(document.querySelector('main h1')).not.toBeNull());
    fake.emitChanged(await second());
    await waitFor(() => expect(title()).toBe('Harbour Town Port Zones in 2024 (sample)'));
    expect(window.location.hash).toBe('#/');
    expect(document.querySelector('[data-figure="containers"]')?.textContent).toContain('4.2 million containers');
  });

  it('sends a dropped file’s path to main and lists the problems when it is refused', async () => {
    const refusal: OpenBriefingResult = {
      ok: false,
      reason: 'invalid',
      message: 'notes.json could not be opened as a briefing:\n• title: is missing (it must be a string)',
      problems: ['title: is missing (it must be a string)', 'figures[1].value: must be a number, not the text "a lot"'],
      more: 3970,
    };
    const fake = fakeApi(await loadBundled(), refusal);
    window.location.hash = '#/';
    render(App, { api: fake.api });
    await waitFor(() => expect(title()).toBe("China's Pilot Free Trade Zones in 2022"));

    const file = new File(['{}'], 'notes.json', { type: 'application/json' });
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    await fireEvent.dragOver(window, { dataTransfer });
    expect(document.querySelector('.drop-hint')?.textContent).toBe('Drop a briefing file (.json) to open it');
    await fireEvent.drop(window, { dataTransfer });

    expect(fake.api.getPathForFile).toHaveBeenCalledWith(file);
    expect(fake.api.openBriefingPath).toHaveBeenCalledWith('/home/ada/notes.json');
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('h2')?.textContent).toBe('notes.json could not be opened as a briefing:');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([...refusal.problems, '…and 3,970 more problems.']);
    expect(document.querySelector('.drop-hint')).toBeNull();
    // The briefing that was open is still the one shown.
    expect(title()).toBe("China's Pilot Free Trade Zones in 2022");

    await fireEvent.click(screen.getByRole('button', { name: 'Choose another file…' }));
    expect(fake.api.openBriefingDialog).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows failures of opens started from the menu, as text', async () => {
    const fake = fakeApi(await loadBundled(), { ok: true });
    render(App, { api: fake.api });
    await waitFor(() => expect(document.querySelector('main h1')).not.toBeNull());
    const problem = 'title: holds HTML or script ("<img src=x onerror=alert(1)>"); briefing text must be plain text';
    fake.emitFailed({ message: 'bad.json could not be opened as a briefing:\n• …', problems: [problem], more: 0 });
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('li')?.textContent).toBe(problem);
    expect(alert.querySelector('img')).toBeNull();
  });
});

// Keep the fixture honest: the second briefing's quotes are in its own source text.
it('the sample briefing’s figures quote its own source text', async () => {
  const text = await readFile(SECOND.replace('.json', '.txt'), 'utf8');
  for (const f of (await second()).briefing.figures) expect(text).toContain(f.quote);
});
