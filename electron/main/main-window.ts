/**
 * The main window: secure web preferences, a size that suits 1024×768 and up, and shown only
 * once its first frame is ready, so the user never sees a blank window.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './web-security';

function mainWindowOptions(preloadPath: string, appName: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: appName,
    backgroundColor: '#f7f6f2',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** What the app needs of a window; Electron's BrowserWindow has all of it. */
export interface WindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export async function openMainWindow<W extends WindowLike>(
  create: (options: BrowserWindowConstructorOptions) => W,
  options: { preloadPath: string; appName: string; url: string },
): Promise<W> {
  const win = create(mainWindowOptions(options.preloadPath, options.appName));
  win.once('ready-to-show', () => win.show());
  await win.loadURL(options.url);
  return win;
}
