/**
 * The Chinese font (Noto Sans SC, split by Unicode range: a page loads only the few small files
 * holding the characters it shows). Its hundred @font-face rules are kept out of the first
 * view's stylesheet — the overview shows no Chinese — and loaded once the first view is up, or
 * at once by a view that needs them before it can say it is ready (print documents).
 */
let loading: Promise<unknown> | undefined;

export function loadChineseFont(): Promise<unknown> {
  return (loading ??= import('@fontsource/noto-sans-sc/400.css'));
}
