/**
 * The reading theme: follow the system, or light, or dark, remembered between sessions.
 */
import { THEME_STORAGE_KEY } from '../../../electron/shared/first-view';

export type ThemeChoice = 'system' | 'light' | 'dark';
/** Where the choice is remembered: the page's first script reads it too, before the first paint. */
export { THEME_STORAGE_KEY };

export class Theme {
  choice = $state<ThemeChoice>('system');

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage) {
    const saved = storage?.getItem(THEME_STORAGE_KEY);
    if (saved === 'light' || saved === 'dark' || saved === 'system') this.choice = saved;
    this.apply();
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    this.storage?.setItem(THEME_STORAGE_KEY, choice);
    this.apply();
  }

  /** Light → dark → system → light. */
  cycle(): void {
    this.set(this.choice === 'light' ? 'dark' : this.choice === 'dark' ? 'system' : 'light');
  }

  private apply(): void {
    if (typeof document === 'undefined') return; // the first view rendered at build time
    if (this.choice === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', this.choice);
  }
}
