import { describe, expect, it, vi } from 'vitest';
import { loadPrintFonts, signalPrintReady } from '../../../../renderer/src/print/print-ready';

function fakeDocument() {
  const loads: [string, string][] = [];
  let fontsReady!: () => void;
  const doc = {
    body: { dataset: {} as Record<string, string> },
    fonts: {
      ready: new Promise<void>((resolve) => (fontsReady = resolve)),
      load: (face: string, text: string) => (loads.push([face, text]), Promise.resolve([])),
    },
  };
  return { doc: doc as unknown as Document, loads, fontsReady: () => fontsReady(), dataset: doc.body.dataset };
}

describe('saying the print document is ready', () => {
  it('asks for every print face at once, and the Chinese glyphs the document shows', async () => {
    const { doc, loads } = fakeDocument();
    await loadPrintFonts('上海广东', doc);
    expect(loads).toEqual([
      ['400 10pt Inter', 'Aa1'],
      ['500 10pt Inter', 'Aa1'],
      ['600 10pt Inter', 'Aa1'],
      ['700 10pt Inter', 'Aa1'],
      ['800 10pt Inter', 'Aa1'],
      ['400 10pt "Noto Sans SC"', '上海广东'],
    ]);
  });

  it('waits for the fonts, the charts and the document’s own last step, then says so', async () => {
    const { doc, fontsReady, dataset } = fakeDocument();
    let chartsDrawn!: () => void;
    const charts = vi.fn(() => new Promise<void>((resolve) => (chartsDrawn = resolve)));
    let settled!: () => void;
    const settle = vi.fn(() => new Promise<void>((resolve) => (settled = resolve)));
    const ready = signalPrintReady(doc, settle, charts);
    const idle = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve(); // whatever can run without what is waited for has run
    };
    await idle();
    expect(charts).not.toHaveBeenCalled();
    fontsReady();
    await vi.waitFor(() => expect(charts).toHaveBeenCalled());
    await idle();
    expect(settle).not.toHaveBeenCalled();
    chartsDrawn();
    await vi.waitFor(() => expect(settle).toHaveBeenCalled());
    expect(dataset['printReady']).toBeUndefined();
    settled();
    await ready;
    expect(dataset['printReady']).toBe('true');
  });
});
