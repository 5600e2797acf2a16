/**
 * Registers the main-process side of the IPC contract. Each request is refused unless it comes
 * from one of the app's own pages and its arguments match the channel's schema.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { formatPath } from '../shared/messages';
import {
  INVOKE_CHANNELS,
  type EventChannel,
  type EventContract,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
} from '../shared/ipc-contract';
import { invokeArgumentSchemas } from './ipc-arguments';

export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: InvokeArgs<C>) => InvokeResult<C> | Promise<InvokeResult<C>>;
};

type SenderFrame = IpcMainInvokeEvent['senderFrame'];

export function registerInvokeHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: InvokeHandlers,
  isTrustedSender: (frame: SenderFrame) => boolean,
): void {
  for (const channel of INVOKE_CHANNELS) register(ipcMain, channel, handlers[channel], isTrustedSender);
}

function register<C extends InvokeChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  handler: InvokeHandlers[C],
  isTrustedSender: (frame: SenderFrame) => boolean,
): void {
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    if (!isTrustedSender(event.senderFrame)) {
      throw new Error(`Refused "${channel}": the request did not come from one of the app's pages.`);
    }
    const parsed = invokeArgumentSchemas[channel].safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${formatPath(['arguments', ...i.path])}: ${i.message}`).join('; ');
      throw new Error(`Refused "${channel}": ${detail}.`);
    }
    return handler(...parsed.data);
  });
}

/** Sends a message of the event contract to one renderer. */
export function sendToRenderer<C extends EventChannel>(
  contents: { send(channel: string, ...args: unknown[]): void },
  channel: C,
  payload: EventContract[C],
): void {
  contents.send(channel, payload);
}
