/**
 * Tells whoever prints the page (Electron's export, the tests) that the document is complete:
 * fonts loaded and charts drawn. The printer waits for `PRINT_READY_EXPRESSION` (ipc-contract).
 */
export async function signalPrintReady(doc: Document = document): Promise<void> {
  // A frame first: the page is laid out, so every font its text needs has been asked for.
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await doc.fonts.ready;
  // Two frames: Svelte's effects have run and every chart has drawn (print charts do not animate).
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  doc.body.dataset['printReady'] = 'true';
}
