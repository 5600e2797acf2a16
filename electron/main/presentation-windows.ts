/**
 * Presenting on a second display: the audience window goes full screen on the display the main
 * window is not on, and the main window becomes the presenter view. Both show one presentation
 * state, which main relays between them. With one display, nothing opens: the renderer shows the
 * slides (and, on request, the presenter view) in its own window.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { PresentationStateMessage, PresentingMode } from '../shared/ipc-contract';
import { APP_ENTRY_URL } from './app-protocol';
import { sendToRenderer } from './ipc-handlers';
import { secureWebPreferences } from './web-security';

export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
}

export interface ScreenLike {
  getAllDisplays(): DisplayInfo[];
  getDisplayMatching(rect: Rectangle): DisplayInfo;
  on(event: 'display-removed', listener: () => void): unknown;
}

export interface AudienceWindow {
  setFullScreen(flag: boolean): void;
  loadURL(url: string): Promise<void>;
  close(): void;
  isDestroyed(): boolean;
  on(event: 'closed', listener: () => void): unknown;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface PresentationDeps<A extends AudienceWindow> {
  screen: ScreenLike;
  createWindow(options: BrowserWindowConstructorOptions): A;
  /** The main window: where it is, and its page. */
  presenter(): { bounds: Rectangle; contents: { send(channel: string, ...args: unknown[]): void } } | undefined;
  preloadPath: string;
  appName: string;
}

/** The display for the audience: any display other than the presenter's, the largest first. */
export function chooseAudienceDisplay(displays: DisplayInfo[], presenterDisplayId: number): DisplayInfo | null {
  const others = displays.filter((d) => d.id !== presenterDisplayId);
  others.sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height);
  return others[0] ?? null;
}

function audienceWindowOptions(display: DisplayInfo, preloadPath: string, appName: string): BrowserWindowConstructorOptions {
  return {
    ...display.bounds,
    show: true,
    frame: false,
    fullscreen: true,
    backgroundColor: '#000000',
    title: `${appName} — audience`,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export class PresentationWindows<A extends AudienceWindow> {
  private audience: A | null = null;

  constructor(private readonly deps: PresentationDeps<A>) {
    // A projector unplugged mid-talk: close its window; the talk goes on in the main window.
    deps.screen.on('display-removed', () => {
      const presenter = this.deps.presenter();
      if (!this.audience || !presenter) return;
      const presenterDisplay = this.deps.screen.getDisplayMatching(presenter.bounds);
      if (!chooseAudienceDisplay(this.deps.screen.getAllDisplays(), presenterDisplay.id)) this.stop();
    });
  }

  get audienceWindow(): A | null {
    return this.audience;
  }

  async start(slide: number): Promise<PresentingMode> {
    if (this.audience) return 'two-displays';
    const presenter = this.deps.presenter();
    if (!presenter) return 'one-display';
    const presenterDisplay = this.deps.screen.getDisplayMatching(presenter.bounds);
    const display = chooseAudienceDisplay(this.deps.screen.getAllDisplays(), presenterDisplay.id);
    if (!display) return 'one-display';
    const win = this.deps.createWindow(audienceWindowOptions(display, this.deps.preloadPath, this.deps.appName));
    this.audience = win;
    win.on('closed', () => {
      if (this.audience === win) this.audience = null;
    });
    win.setFullScreen(true);
    await win.loadURL(`${APP_ENTRY_URL}#/present/${slide}?audience=1`);
    return 'two-displays';
  }

  stop(): void {
    const win = this.audience;
    this.audience = null;
    if (win && !win.isDestroyed()) win.close();
  }

  /** Sends a presentation's state to both presentation windows; applying it twice changes nothing. */
  relay(state: PresentationStateMessage): void {
    if (!this.audience || this.audience.isDestroyed()) return;
    sendToRenderer(this.audience.webContents, 'present:state', state);
    const presenter = this.deps.presenter();
    if (presenter) sendToRenderer(presenter.contents, 'present:state', state);
  }
}
