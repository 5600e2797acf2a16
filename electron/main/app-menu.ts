/**
 * The application menu, as a template built from plain data so it can be checked without
 * Electron. Standard roles for editing, zoom, full screen and windows; the app's own commands
 * are sent to the renderer as menu commands.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentBriefing } from '../shared/ipc-contract';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** True during development: adds the developer tools and reload. */
  isDevelopment: boolean;
  sendCommand(command: MenuCommand): void;
  /** File ▸ Open Briefing… and Open Recent; left out of the menu when not given. */
  briefings?: {
    open(): void;
    recent: readonly RecentBriefing[];
    openRecent(path: string): void;
    clearRecent(): void;
  };
}

function fileMenuItems(ctx: MenuContext): MenuItemConstructorOptions[] {
  const b = ctx.briefings;
  if (!b) return [];
  return [
    { label: '&Open Briefing…', accelerator: 'CmdOrCtrl+O', click: () => b.open() },
    {
      label: 'Open &Recent',
      submenu: [
        ...(b.recent.length
          ? b.recent.map((r): MenuItemConstructorOptions => ({ label: r.name, toolTip: r.path, click: () => b.openRecent(r.path) }))
          : [{ label: 'No recent briefings', enabled: false }]),
        { type: 'separator' },
        { label: '&Clear Recent', enabled: b.recent.length > 0, click: () => b.clearRecent() },
      ],
    },
    { type: 'separator' },
  ];
}

/** A menu item that sends one of the app's commands to the renderer. */
function commandItem(ctx: MenuContext, label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions {
  return { label, ...(accelerator ? { accelerator } : {}), click: () => ctx.sendCommand(cmd) };
}

/** macOS's application menu; other platforms have none. */
function appMenu(ctx: MenuContext): MenuItemConstructorOptions[] {
  if (ctx.platform !== 'darwin') return [];
  const roles = ['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit'] as const;
  return [{ label: ctx.appName, submenu: roles.map((role): MenuItemConstructorOptions => (role === 'separator' ? { type: 'separator' } : { role })) }];
}

function viewMenu(ctx: MenuContext): MenuItemConstructorOptions {
  const isMac = ctx.platform === 'darwin';
  return {
    label: '&View',
    submenu: [
      commandItem(ctx, '&Overview', 'go-overview', 'CmdOrCtrl+Shift+H'),
      commandItem(ctx, '&Back', 'go-back', isMac ? 'Cmd+[' : 'Alt+Left'),
      commandItem(ctx, '&Forward', 'go-forward', isMac ? 'Cmd+]' : 'Alt+Right'),
      { type: 'separator' },
      commandItem(ctx, 'Start &Presenting', 'present', 'F5'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.isDevelopment ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
    ],
  };
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  return [
    ...appMenu(ctx),
    {
      label: '&File',
      submenu: [
        ...fileMenuItems(ctx),
        commandItem(ctx, '&Export PDF…', 'export-pdf', 'CmdOrCtrl+E'),
        commandItem(ctx, 'Export &Slides as PowerPoint…', 'export-pptx'),
        commandItem(ctx, '&Print…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        ctx.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'copy' }, { role: 'selectAll' }, { type: 'separator' }, commandItem(ctx, '&Find…', 'find', 'CmdOrCtrl+F')],
    },
    viewMenu(ctx),
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: `About ${ctx.appName}` }] },
  ];
}

export interface ApplicationMenuDeps {
  menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Electron.Menu; setApplicationMenu(menu: Electron.Menu | null): void };
  context: Omit<MenuContext, 'briefings'>;
  /** File ▸ Open Briefing… and Open Recent. */
  briefings: {
    open(): void;
    recent(): Promise<readonly RecentBriefing[]>;
    openRecent(path: string): void;
    clearRecent(): Promise<void>;
  };
}

/** The application menu, built again whenever the list of recent briefings changes. */
export class ApplicationMenu {
  constructor(private readonly deps: ApplicationMenuDeps) {}

  async rebuild(): Promise<void> {
    const { briefings } = this.deps;
    const recent = await briefings.recent();
    const template = buildMenuTemplate({
      ...this.deps.context,
      briefings: {
        open: () => briefings.open(),
        recent,
        openRecent: (path) => briefings.openRecent(path),
        clearRecent: () => void briefings.clearRecent().then(() => this.rebuild()),
      },
    });
    this.deps.menu.setApplicationMenu(this.deps.menu.buildFromTemplate(template));
  }
}
