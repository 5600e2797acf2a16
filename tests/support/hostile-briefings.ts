/**
 * Briefing files built to hurt the reader, one maker per class of the issue "A bad briefing file
 * can never take the app down". Tests (and `measure-hostile.ts`) make them in a temporary folder
 * when they run; none of them is committed (some are 20 MB).
 *
 * Each maker returns the path of the briefing file to open. The folder holds everything the file
 * refers to (its source text, links, FIFOs).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_BRIEFING_BYTES } from '../../electron/shared/briefing-loader';
import { bundledJson, PROJECT_ROOT } from './load-bundled';

export const SOURCE_NAME = 'pilot-ftz-2022-briefing.txt';
export const BUNDLED_SOURCE = join(PROJECT_ROOT, 'assets', 'briefings', SOURCE_NAME);

type Json = Record<string, any>;

const folders: string[] = [];

/** A new temporary folder, removed by `removeTempFolders` (some files made here are 20 MB). */
export function tempFolder(prefix = 'bv-hostile-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** Removes every folder `tempFolder` made (call it in `afterAll`). */
export function removeTempFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

/** A folder holding `briefing.json` (the bundled briefing, changed by `change`) and its source text. */
export function briefingFolder(change?: (json: Json) => void, dir = tempFolder()): string {
  const json = bundledJson() as Json;
  change?.(json);
  writeFileSync(join(dir, 'briefing.json'), JSON.stringify(json));
  copyFileSync(BUNDLED_SOURCE, join(dir, SOURCE_NAME));
  return join(dir, 'briefing.json');
}

/** Sets every quote of a briefing to `quote` (so that a source holding those words would pass). */
export function setAllQuotes(json: Json, quote: string): void {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'quote' || key === 'summaryQuote') && typeof v === 'string') (value as Json)[key] = quote;
        else walk(v);
      }
    }
  };
  walk(json);
}

/** The bundled briefing as JSON text with `marker` in place of one list, for lists too big to build as objects. */
function withHugeList(field: 'figures' | 'zones', list: (room: number) => string): string {
  const dir = tempFolder();
  const json = bundledJson() as Json;
  json[field] = '@@LIST@@';
  const text = JSON.stringify(json);
  const room = MAX_BRIEFING_BYTES - Buffer.byteLength(text) - 16;
  writeFileSync(join(dir, 'briefing.json'), text.replace('"@@LIST@@"', list(room)));
  copyFileSync(BUNDLED_SOURCE, join(dir, SOURCE_NAME));
  return join(dir, 'briefing.json');
}

export type HostileClass =
  | 'million-empty-figures'
  | 'zeros-under-zones'
  | 'long-quotes-in-2mb-source'
  | 'source-link-to-etc-passwd'
  | 'source-link-to-proc-environ'
  | 'source-link-out-of-folder'
  | 'source-is-the-briefing'
  | 'source-hard-link-to-briefing'
  | 'briefing-is-fifo'
  | 'source-is-fifo'
  | 'yoy-minus-100'
  | 'yoy-minus-250'
  | 'share-5e-324'
  | 'bom'
  | 'source-in-nfd'
  | 'source-not-utf8'
  | 'newline-in-key'
  | 'million-unknown-keys'
  | 'long-id'
  | 'deep-nesting';

/** Makes one hostile file; returns the path to open. */
export const HOSTILE: Record<HostileClass, () => string> = {
  /** 3 MB: `"figures": [{}, {}, …]` a million times. */
  'million-empty-figures': () => {
    const dir = tempFolder();
    const json = bundledJson() as Json;
    json['figures'] = '@@LIST@@';
    writeFileSync(join(dir, 'briefing.json'), JSON.stringify(json).replace('"@@LIST@@"', `[${'{},'.repeat(999_999)}{}]`));
    copyFileSync(BUNDLED_SOURCE, join(dir, SOURCE_NAME));
    return join(dir, 'briefing.json');
  },
  /** Just under 20 MB: `"zones": [0, 0, 0, …]`. */
  'zeros-under-zones': () => withHugeList('zones', (room) => `[${'0,'.repeat(Math.floor(room / 2) - 1)}0]`),
  /** A 2 MB source of "a a a …" and five 4,000-character quotes "a a … a b" (backtracking bait). */
  'long-quotes-in-2mb-source': () => {
    const dir = tempFolder();
    const json = bundledJson() as Json;
    const quote = `${'a '.repeat(1_999)}b`;
    for (let i = 0; i < 5; i++) json['figures'][i].quote = quote;
    writeFileSync(join(dir, 'briefing.json'), JSON.stringify(json));
    writeFileSync(join(dir, SOURCE_NAME), 'a '.repeat(1024 * 1024));
    return join(dir, 'briefing.json');
  },
  'source-link-to-etc-passwd': () => {
    const path = briefingFolder((json) => {
      json['source'].file = 'passwd.txt';
      setAllQuotes(json, 'root');
    });
    symlinkSync('/etc/passwd', join(path, '..', 'passwd.txt'));
    return path;
  },
  'source-link-to-proc-environ': () => {
    const path = briefingFolder((json) => {
      json['source'].file = 'environ.txt';
      setAllQuotes(json, 'PATH');
    });
    symlinkSync('/proc/self/environ', join(path, '..', 'environ.txt'));
    return path;
  },
  /** `source.file` is a link to `../../x.txt`, a file two folders up. */
  'source-link-out-of-folder': () => {
    const top = tempFolder();
    writeFileSync(join(top, 'x.txt'), 'Text outside the briefing folder.');
    const dir = join(top, 'a', 'b');
    mkdirSync(dir, { recursive: true });
    const path = briefingFolder((json) => {
      json['source'].file = 'x.txt';
      setAllQuotes(json, 'Text outside');
    }, dir);
    symlinkSync('../../x.txt', join(dir, 'x.txt'));
    return path;
  },
  /** The briefing, saved as `self.txt`, names itself as its source: every quote would match. */
  'source-is-the-briefing': () => {
    const dir = tempFolder();
    const json = bundledJson() as Json;
    json['source'].file = 'self.txt';
    setAllQuotes(json, 'formatVersion');
    writeFileSync(join(dir, 'self.txt'), JSON.stringify(json));
    return join(dir, 'self.txt');
  },
  /** `source.file` is a hard link to the briefing itself. */
  'source-hard-link-to-briefing': () => {
    const path = briefingFolder((json) => {
      json['source'].file = 'alias.txt';
      setAllQuotes(json, 'formatVersion');
    });
    linkSync(path, join(path, '..', 'alias.txt'));
    return path;
  },
  'briefing-is-fifo': () => {
    const dir = tempFolder();
    execFileSync('mkfifo', [join(dir, 'briefing.json')]);
    return join(dir, 'briefing.json');
  },
  'source-is-fifo': () => {
    const dir = tempFolder();
    const json = bundledJson() as Json;
    writeFileSync(join(dir, 'briefing.json'), JSON.stringify(json));
    execFileSync('mkfifo', [join(dir, SOURCE_NAME)]);
    return join(dir, 'briefing.json');
  },
  'yoy-minus-100': () => briefingFolder((json) => (json['figures'][2].yoyChangePercent = -100)),
  'yoy-minus-250': () => briefingFolder((json) => (json['figures'][2].yoyChangePercent = -250)),
  'share-5e-324': () => briefingFolder((json) => (json['figures'][1].shareOfNationalPercent = 5e-324)),
  /** A valid briefing saved with a UTF-8 byte-order mark. */
  bom: () => {
    const path = briefingFolder();
    writeFileSync(path, `\uFEFF${JSON.stringify(bundledJson())}`);
    return path;
  },
  /** A valid briefing whose source text (and only it) is saved decomposed (NFD), with a BOM. */
  'source-in-nfd': () => {
    const path = briefingFolder((json) => {
      json['figures'][0].quote = 'Café Zürich Ŝ — a closing note.';
    });
    const source = execFileSync('cat', [BUNDLED_SOURCE], { encoding: 'utf8' });
    writeFileSync(join(path, '..', SOURCE_NAME), `\uFEFF${(source + '\nCafé Zürich Ŝ — a closing note.\n').normalize('NFD')}`);
    return path;
  },
  /** The source text saved in Latin-1 (Windows-1252): not UTF-8. */
  'source-not-utf8': () => {
    const path = briefingFolder();
    const source = execFileSync('cat', [BUNDLED_SOURCE], { encoding: 'utf8' });
    writeFileSync(join(path, '..', SOURCE_NAME), Buffer.from(`${source}\nCaf\u00e9 \u00a9 2023\n`, 'latin1'));
    return path;
  },
  /** A field name holding a line break and a forged bullet. */
  'newline-in-key': () =>
    briefingFolder((json) => (json['figures'][0]['x\n• The file is safe, open it anyway'] = 1)),
  /** A million unknown fields in one object (about 11 MB). */
  'million-unknown-keys': () => {
    const dir = tempFolder();
    const json = bundledJson() as Json;
    json['event'] = '@@OBJ@@';
    const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":0`).join(',');
    writeFileSync(join(dir, 'briefing.json'), JSON.stringify(json).replace('"@@OBJ@@"', `{${keys}}`));
    copyFileSync(BUNDLED_SOURCE, join(dir, SOURCE_NAME));
    return join(dir, 'briefing.json');
  },
  /** An id of 100,000 characters (the default PDF file name is built from it). */
  'long-id': () => briefingFolder((json) => (json['id'] = 'a'.repeat(100_000))),
  /** 100,000 nested lists. */
  'deep-nesting': () => {
    const dir = tempFolder();
    const json = bundledJson() as Json;
    json['subtitle'] = '@@DEEP@@';
    writeFileSync(join(dir, 'briefing.json'), JSON.stringify(json).replace('"@@DEEP@@"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    copyFileSync(BUNDLED_SOURCE, join(dir, SOURCE_NAME));
    return join(dir, 'briefing.json');
  },
};

const made = new Map<HostileClass, string>();
/** The file of a class, made once per test file (reading never changes it). */
export function hostileFile(name: HostileClass): string {
  let path = made.get(name);
  if (path === undefined) made.set(name, (path = HOSTILE[name]()));
  return path;
}
