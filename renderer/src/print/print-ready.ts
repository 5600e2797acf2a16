/**
 * Tells whoever prints the page (Electron's export, the tests, the bench) that the document is
 * complete: fonts loaded, charts drawn, pages laid out. The printer waits for
 * `PRINT_READY_EXPRESSION` (ipc-contract).
 */
import { chartsDrawn } from '../charts/draw-together';

/** Faces and weights the print documents use, asked for at once, before the first layout needs them. */
const PRINT_FACES = ['400', '500', '600', '700', '800'].map((weight) => `${weight} 10pt Inter`);

/**
 * Starts loading every font the document will use in parallel (no waterfall of one face found
 * per layout pass): the print faces for the Latin text and the Chinese subsets for `zhText`.
 */
export function loadPrintFonts(zhText: string, doc: Document = document): Promise<unknown> {
  const loads = PRINT_FACES.map((face) => doc.fonts.load(face, 'Aa1'));
  if (zhText) loads.push(doc.fonts.load('400 10pt "Noto Sans SC"', zhText));
  return Promise.allSettled(loads);
}

/**
 * Waits for the fonts, then for the charts (drawn once the fonts are in, see draw-together.ts), then
 * for the document's own last steps (`settle`, e.g. the brief fitting itself to its page), and then
 * says the document is ready. No frame is waited for: printing lays the document out and paints it
 * itself, and everything that changes what it prints has been waited for by name.
 */
export async function signalPrintReady(doc: Document = document, settle: () => Promise<unknown> = async () => {}, charts: () => Promise<void> = chartsDrawn): Promise<void> {
  await doc.fonts.ready;
  await charts();
  await settle();
  doc.body.dataset['printReady'] = 'true';
}
