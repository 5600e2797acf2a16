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

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.sendCommand(cmd),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: ctx.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        ...fileMenuItems(ctx),
        command('&Export PDF…', 'export-pdf', 'CmdOrCtrl+E'),
        command('&Print…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('&Find…', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('&Overview', 'go-overview', 'CmdOrCtrl+Shift+H'),
        command('&Back', 'go-back', isMac ? 'Cmd+[' : 'Alt+Left'),
        command('&Forward', 'go-forward', isMac ? 'Cmd+]' : 'Alt+Right'),
        { type: 'separator' },
        command('Start &Presenting', 'present', 'F5'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(ctx.isDevelopment ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: `About ${ctx.appName}` }] },
  ];
}
