import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/app-menu';
import type { MenuCommand } from '../../../electron/shared/ipc-contract';

function build(platform: NodeJS.Platform, isDevelopment = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ platform, appName: 'Briefing Viewer', isDevelopment, sendCommand: (c) => sent.push(c) });
  const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
  return { template, sent, items };
}

describe('the application menu', () => {
  it('has the usual menus and roles on Windows and Linux', () => {
    const { template, items } = build('linux');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', 'help']);
    expect(items(template[0]).map((i) => i.role ?? i.label)).toEqual(['&Export PDF…', 'Export &Slides as PowerPoint…', '&Print…', 'separator', 'quit'].map((x) => (x === 'separator' ? undefined : x)));
    expect(items(template[0]).filter((i) => i.accelerator).map((i) => [i.label, i.accelerator])).toEqual([
      ['&Export PDF…', 'CmdOrCtrl+E'],
      ['&Print…', 'CmdOrCtrl+P'],
    ]);
    const view = items(template[2]).map((i) => i.role ?? i.label);
    expect(view).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(view).not.toContain('toggleDevTools');
  });

  it('has the app menu first on macOS', () => {
    const { template, items } = build('darwin');
    expect(template[0]?.label).toBe('Briefing Viewer');
    expect(items(template[0]).map((i) => i.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('sends the app’s commands, with their shortcuts', () => {
    const { template, sent, items } = build('linux');
    const all = template.flatMap((m) => items(m));
    const find = all.find((i) => i.label === '&Find…');
    expect(find?.accelerator).toBe('CmdOrCtrl+F');
    find?.click?.(undefined as never, undefined, undefined as never);
    all.find((i) => i.label === '&Overview')?.click?.(undefined as never, undefined, undefined as never);
    all.find((i) => i.label === 'Export &Slides as PowerPoint…')?.click?.(undefined as never, undefined, undefined as never);
    expect(sent).toEqual(['find', 'go-overview', 'export-pptx']);
  });

  it('offers the developer tools only in development', () => {
    const { template, items } = build('linux', true);
    expect(items(template[2]).map((i) => i.role)).toContain('toggleDevTools');
  });
});
