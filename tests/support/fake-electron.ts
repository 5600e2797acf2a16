/**
 * A small typed fake of the parts of `electron` the main process uses. Each fake implements the
 * same `Pick<…>` types the main-process modules take, so TypeScript checks that the fake and the
 * real module agree; each records what was done to it, so tests can assert on it.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions, WebContents } from 'electron';
import type { ElectronParts } from '../../electron/main/briefing-viewer-app';
import type { DisplayInfo } from '../../electron/main/presentation-windows';
import { minimalPdf } from './minimal-pdf';

type Listener = (...args: any[]) => unknown;

/** A preventable event, as Electron passes to will-navigate and friends. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(public url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents {
  readonly emitter = new EventEmitter();
  windowOpenHandler: Parameters<WebContents['setWindowOpenHandler']>[0] | undefined;
  sent: { channel: string; args: unknown[] }[] = [];

  on: WebContents['on'] = ((event: string, listener: Listener) => {
    this.emitter.on(event, listener);
    return this as unknown as WebContents;
  }) as WebContents['on'];

  setWindowOpenHandler: WebContents['setWindowOpenHandler'] = (handler) => {
    this.windowOpenHandler = handler;
  };

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** The page's answer to `executeJavaScript` (the print document's ready signal). */
  pageAnswers = true;
  /** What `printToPDF` returns (a small PDF written as Chromium writes one), or the error it throws. */
  pdf: Uint8Array | Error = minimalPdf();
  printedWith: unknown[] = [];

  async executeJavaScript(_code: string): Promise<unknown> {
    return this.pageAnswers;
  }

  async printToPDF(options: unknown): Promise<Uint8Array> {
    this.printedWith.push(options);
    if (this.pdf instanceof Error) throw this.pdf;
    return this.pdf;
  }

  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    this.printedWith.push(options);
    callback(true, '');
  }

  /** Fires an event the way Electron would; returns the event so tests can see if it was refused. */
  fire(event: string, url: string): FakeEvent {
    const e = new FakeEvent(url);
    this.emitter.emit(event, e, url);
    return e;
  }
}

export class FakeBrowserWindow {
  readonly webContents = new FakeWebContents();
  readonly emitter = new EventEmitter();
  loadedUrl: string | undefined;
  shown = false;
  fullScreen = false;
  destroyed = false;
  constructor(public readonly options: BrowserWindowConstructorOptions) {
    this.fullScreen = options.fullscreen === true;
  }
  once(event: string, listener: Listener): this {
    this.emitter.once(event, listener);
    return this;
  }
  on(event: string, listener: Listener): this {
    this.emitter.on(event, listener);
    return this;
  }
  getBounds(): Electron.Rectangle {
    const o = this.options;
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emitter.emit('closed');
  }
  show(): void {
    this.shown = true;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
}

export type IpcHandler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;

export interface FakeElectron {
  parts: ElectronParts<FakeBrowserWindow>;
  windows: FakeBrowserWindow[];
  ipcHandlers: Map<string, IpcHandler>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  appEvents: EventEmitter;
  menuTemplate: MenuItemConstructorOptions[] | undefined;
  errorBoxes: { title: string; content: string }[];
  exitCode: number | undefined;
  /** What the next Open dialog answers; each call is recorded in `openDialogs`. */
  nextOpenDialog: { canceled: boolean; filePaths: string[] };
  openDialogs: Electron.OpenDialogOptions[];
  /** What the next Save dialog answers; each call is recorded in `saveDialogs`. */
  nextSaveDialog: { canceled: boolean; filePath: string };
  saveDialogs: Electron.SaveDialogOptions[];
  quitCalled: boolean;
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
  /** What shell was asked to show or open. */
  shellCalls: { how: 'folder' | 'open'; path: string }[];
  /** The displays the fake screen reports; change it and emit 'display-removed' on `screenEvents`. */
  displays: DisplayInfo[];
  screenEvents: EventEmitter;
}

export function createFakeElectron(
  options: { name?: string; version?: string; appPath?: string; userData?: string } = {},
): FakeElectron {
  const fake: Omit<FakeElectron, 'parts'> = {
    windows: [],
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
    appEvents: new EventEmitter(),
    menuTemplate: undefined,
    errorBoxes: [],
    exitCode: undefined,
    nextOpenDialog: { canceled: true, filePaths: [] },
    openDialogs: [],
    nextSaveDialog: { canceled: true, filePath: '' },
    saveDialogs: [],
    quitCalled: false,
    permissionRequestHandler: undefined,
    permissionCheckHandler: undefined,
    beforeRequest: undefined,
    displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
    shellCalls: [],
    screenEvents: new EventEmitter(),
  };
  const parts: ElectronParts<FakeBrowserWindow> = {
    app: {
      getName: () => options.name ?? 'Briefing Viewer',
      getVersion: () => options.version ?? '9.9.9',
      getAppPath: () => options.appPath ?? process.cwd(),
      getPath: (name) => {
        if (name === 'documents') return '/home/tester/Documents';
        if (name !== 'userData') throw new Error(`The fake knows only app.getPath('userData') and 'documents', not '${name}'.`);
        // Tests that do not care get a folder that cannot exist: recent briefings are then not saved.
        return options.userData ?? '/nonexistent/briefing-viewer-test-user-data';
      },
      on: ((event: string, listener: Listener) => {
        fake.appEvents.on(event, listener);
        return parts.app;
      }) as ElectronParts<FakeBrowserWindow>['app']['on'],
      quit: () => {
        fake.quitCalled = true;
      },
      exit: (code?: number) => {
        fake.exitCode = code ?? 0;
      },
    },
    ipcMain: {
      handle: (channel, listener) => {
        if (fake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        fake.ipcHandlers.set(channel, listener as unknown as IpcHandler);
      },
    },
    protocol: {
      handle: (scheme, handler) => {
        fake.protocolHandlers.set(scheme, handler as (request: Request) => Promise<Response>);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler) => {
          fake.permissionRequestHandler = handler as FakeElectron['permissionRequestHandler'];
        },
        setPermissionCheckHandler: (handler) => {
          fake.permissionCheckHandler = handler as FakeElectron['permissionCheckHandler'];
        },
        webRequest: {
          onBeforeRequest: ((listener: unknown) => {
            fake.beforeRequest = listener as FakeElectron['beforeRequest'];
          }) as ElectronParts<FakeBrowserWindow>['session']['defaultSession']['webRequest']['onBeforeRequest'],
        },
      },
    },
    menu: {
      buildFromTemplate: ((template: MenuItemConstructorOptions[]) => {
        fake.menuTemplate = template;
        return { items: template } as unknown as Electron.Menu;
      }) as ElectronParts<FakeBrowserWindow>['menu']['buildFromTemplate'],
      setApplicationMenu: () => undefined,
    },
    dialog: {
      showErrorBox: (title, content) => {
        fake.errorBoxes.push({ title, content });
      },
      showOpenDialog: (async (...args: unknown[]) => {
        fake.openDialogs.push(args[args.length - 1] as Electron.OpenDialogOptions);
        return { ...fake.nextOpenDialog, filePaths: [...fake.nextOpenDialog.filePaths] };
      }) as Electron.Dialog['showOpenDialog'],
      showSaveDialog: (async (...args: unknown[]) => {
        fake.saveDialogs.push(args[args.length - 1] as Electron.SaveDialogOptions);
        return { ...fake.nextSaveDialog };
      }) as Electron.Dialog['showSaveDialog'],
    },
    createWindow: (windowOptions) => {
      const win = new FakeBrowserWindow(windowOptions);
      fake.windows.push(win);
      return win;
    },
    focusedWebContents: () => fake.windows[0]?.webContents,
    shell: {
      showItemInFolder: (path) => {
        fake.shellCalls.push({ how: 'folder', path });
      },
      openPath: async (path) => {
        fake.shellCalls.push({ how: 'open', path });
        return '';
      },
    },
    screen: {
      getAllDisplays: () => fake.displays,
      getDisplayMatching: (rect) =>
        fake.displays.find((d) => rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width && rect.y >= d.bounds.y && rect.y < d.bounds.y + d.bounds.height) ?? fake.displays[0]!,
      on: (event, listener) => fake.screenEvents.on(event, listener),
    },
    allWebContents: () => fake.windows.map((w) => w.webContents),
  };
  return Object.assign(fake, { parts });
}
