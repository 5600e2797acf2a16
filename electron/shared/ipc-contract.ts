/**
 * The IPC contract between the main process and the renderer: the only way they talk.
 *
 * - `InvokeContract` lists every request the renderer may make: its arguments and its answer.
 *   Main checks each call's arguments at run time against `electron/main/ipc-arguments.ts`,
 *   whose schemas are typed against this map, so the two cannot drift apart.
 * - `EventContract` lists every message main sends to the renderer (menu commands and the like).
 *
 * The renderer never sees `ipcRenderer`: it sees `BriefingViewerApi` on `window.briefingViewer`,
 * which the preload builds from these channels. In tests a browser implementation of the same
 * interface stands in for the preload.
 *
 * This module holds types and constants only (no libraries), so the sandboxed preload can bundle
 * it whole.
 */
import type { Briefing } from './briefing-schema';

/** Where the open briefing came from. */
export type BriefingOrigin = { kind: 'bundled' } | { kind: 'file'; path: string };

/** A validated briefing with its source text, as the renderer receives it. */
export interface BriefingPayload {
  briefing: Briefing;
  sourceText: string;
  origin: BriefingOrigin;
}

export interface AppInfo {
  name: string;
  version: string;
  /** Where the renderer runs: in the Electron app, or in a plain browser (tests, previews). */
  host: 'electron' | 'browser';
}

/**
 * The answer to a request to open another briefing. On success main also sends
 * `briefing:changed` with the new payload; on failure the briefing already open stays open.
 */
export type OpenBriefingResult =
  | { ok: true }
  | { ok: false; reason: 'cancelled' }
  | {
      ok: false;
      reason: 'invalid';
      /** Sentences for a person, first line the summary. */
      message: string;
      /** The problems found, at most a few dozen. */
      problems: string[];
      /** How many more problems were found than `problems` lists. */
      more: number;
    };

/** A briefing that was opened recently, newest first. */
export interface RecentBriefing {
  path: string;
  /** The file's name, for menus. */
  name: string;
}

/** A file the renderer asks main to save, through the save dialog. */
export interface SaveFileRequest {
  /** A plain file name ("share-of-national.csv"), offered as the default. */
  suggestedName: string;
  kind: 'png' | 'csv' | 'pptx';
  /** CSV text, or a PNG or PowerPoint file as base64 (no data: prefix). */
  data: string;
}

export type SaveFileResult =
  | { saved: true; path: string }
  | { saved: false; reason: 'cancelled' }
  | { saved: false; reason: 'error'; message: string };

/** A point on the slide, as fractions of its width and height (0 to 1), whatever the window's size. */
export interface SlidePoint {
  x: number;
  y: number;
}

/**
 * A presentation's state as the two presentation windows exchange it (audience and presenter);
 * the renderer's `presentation-state.ts` owns its meaning.
 */
export interface PresentationStateMessage {
  /** 1-based slide number. */
  slide: number;
  slideCount: number;
  blank: 'none' | 'black' | 'white';
  overview: boolean;
  /** The laser pointer is on; `pointer` is where the mouse is on the slide (null when off it). */
  laser: boolean;
  pointer: SlidePoint | null;
  /** Zoomed in on this point of the slide (null when not zoomed). */
  zoom: SlidePoint | null;
  timer: {
    running: boolean;
    /** When the timer was last started (ms since the epoch), while running. */
    startedAt: number;
    /** Time counted before the last start. */
    elapsedBeforeMs: number;
  };
}

/** How presenting started: on a second display (audience there, presenter view here), or in one window. */
export type PresentingMode = 'two-displays' | 'one-display';

/**
 * What a printed document holds, and on which paper: the summary (everything), the slide
 * handouts (one slide to a landscape page) or the one-page brief (title, headline figures, the
 * areas in a sentence or two, the tasks ahead). Drives the print route, the export dialog, the
 * argument checks and `--content` on the command line.
 */
export const PRINT_CONTENTS = ['summary', 'handout', 'brief'] as const;
export type PrintContent = (typeof PRINT_CONTENTS)[number];
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export function isPrintContent(value: unknown): value is PrintContent {
  return (PRINT_CONTENTS as readonly unknown[]).includes(value);
}
export function isPaperSize(value: unknown): value is PaperSize {
  return (PAPER_SIZES as readonly unknown[]).includes(value);
}

/** The slide sizes a PowerPoint export comes in: widescreen (the default) or standard. */
export const SLIDE_ASPECTS = ['16:9', '4:3'] as const;
export type SlideAspect = (typeof SLIDE_ASPECTS)[number];
export function isSlideAspect(value: unknown): value is SlideAspect {
  return (SLIDE_ASPECTS as readonly unknown[]).includes(value);
}

/**
 * A print document tells whoever prints it that it is complete (fonts loaded, charts drawn) by
 * setting `data-print-ready="true"` on its body; main and the tests wait for this expression.
 */
export const PRINT_READY_EXPRESSION = "document.body.dataset.printReady === 'true'";

export interface PdfRequest {
  paper: PaperSize;
  content: PrintContent;
}

/** The stages of a PDF export, in order, reported as it goes. */
export type PdfStage = 'rendering' | 'printing' | 'writing' | 'done';
export const PDF_STAGES: readonly PdfStage[] = ['rendering', 'printing', 'writing', 'done'];

/** Requests from renderer to main, by channel: the arguments it takes and what it answers. */
export interface InvokeContract {
  'briefing:get': { args: []; result: BriefingPayload };
  'app:info': { args: []; result: AppInfo };
  'briefing:open-dialog': { args: []; result: OpenBriefingResult };
  'briefing:open-path': { args: [path: string]; result: OpenBriefingResult };
  'briefing:recent': { args: []; result: RecentBriefing[] };
  'file:save': { args: [request: SaveFileRequest]; result: SaveFileResult };
  'present:start': { args: [slide: number]; result: PresentingMode };
  'present:stop': { args: []; result: void };
  'present:sync': { args: [state: PresentationStateMessage]; result: void };
  'pdf:export': { args: [request: PdfRequest]; result: SaveFileResult };
  'pdf:print': { args: [request: PdfRequest]; result: { printed: boolean; message?: string } };
  'file:reveal': { args: [request: { path: string; how: 'folder' | 'open' }]; result: void };
}
export type InvokeChannel = keyof InvokeContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C]['result'];

/** Every channel once; the `satisfies` clause makes a missing or extra channel a type error. */
const invokeChannelSet = {
  'briefing:get': true,
  'app:info': true,
  'briefing:open-dialog': true,
  'briefing:open-path': true,
  'briefing:recent': true,
  'file:save': true,
  'present:start': true,
  'present:stop': true,
  'present:sync': true,
  'pdf:export': true,
  'pdf:print': true,
  'file:reveal': true,
} as const satisfies Record<InvokeChannel, true>;
export const INVOKE_CHANNELS = Object.keys(invokeChannelSet) as InvokeChannel[];

/** Commands main sends to the renderer, e.g. from the application menu. */
export const MENU_COMMANDS = ['go-overview', 'go-back', 'go-forward', 'find', 'present', 'export-pdf', 'print', 'export-pptx'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Messages from main to renderer, by channel: the payload each carries. */
export interface EventContract {
  'menu:command': MenuCommand;
  /** Another briefing was opened (from the menu, a dropped file or the command line). */
  'briefing:changed': BriefingPayload;
  /** Opening a briefing from the menu failed; the briefing already open stays open. */
  'briefing:open-failed': { message: string; problems: string[]; more: number };
  /** How far a PDF export has got. */
  'pdf:progress': PdfStage;
  /** The other presentation window moved on (slide, blank screen, overview, timer). */
  'present:state': PresentationStateMessage;
}
export type EventChannel = keyof EventContract;

/** What the renderer can call: the contract as plain async functions. */
export interface BriefingViewerApi {
  getBriefing(): Promise<BriefingPayload>;
  getAppInfo(): Promise<AppInfo>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Shows the system's Open dialog (JSON files) and opens the chosen briefing. */
  openBriefingDialog(): Promise<OpenBriefingResult>;
  /** Opens the briefing file at an absolute path (e.g. one dropped on the window). */
  openBriefingPath(path: string): Promise<OpenBriefingResult>;
  /** Recently opened briefings, newest first; files that vanished are left out. */
  getRecentBriefings(): Promise<RecentBriefing[]>;
  /** The path on disk of a file dropped on the window ('' when it has none). */
  getPathForFile(file: File): string;
  /** Shows the save dialog and writes the file there (atomically). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Shows the save dialog and exports the PDF there; progress arrives through `onPdfProgress`. */
  exportPdf(request: PdfRequest): Promise<SaveFileResult>;
  /** Prints the document through the system's print dialog. */
  printDocument(request: PdfRequest): Promise<{ printed: boolean; message?: string }>;
  /** Shows a just-exported file in its folder, or opens it. */
  revealFile(path: string, how: 'folder' | 'open'): Promise<void>;
  /** Subscribes to PDF export progress; returns the unsubscribe function. */
  onPdfProgress(listener: (stage: PdfStage) => void): () => void;
  /** Starts presenting: on a second display when there is one. */
  startPresenting(slide: number): Promise<PresentingMode>;
  /** Stops presenting: closes the audience window, if any. */
  stopPresenting(): Promise<void>;
  /** Sends the presentation's state to the other presentation window, if any. */
  sendPresentationState(state: PresentationStateMessage): void;
  /** Subscribes to the other presentation window's state; returns the unsubscribe function. */
  onPresentationState(listener: (state: PresentationStateMessage) => void): () => void;
  /** Subscribes to briefings opened by main; returns the unsubscribe function. */
  onBriefingChanged(listener: (payload: BriefingPayload) => void): () => void;
  /** Subscribes to failures of opens started in main (menu, command line); returns the unsubscribe function. */
  onBriefingOpenFailed(listener: (failure: EventContract['briefing:open-failed']) => void): () => void;
}

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'briefingViewer';
