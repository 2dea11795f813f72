/**
 * The content script's one data client, connected to the background over a runtime Port. Features get
 * it through their context; nothing in a content script opens IndexedDB (DESIGN §1).
 */
import { browser } from 'wxt/browser';
import { createDataClient, type DataClient } from './client.ts';
import { DATA_PORT_NAME, type DataRequestError, type PortLike } from './protocol.ts';

let shared: DataClient | undefined;
const errorListeners = new Set<(error: DataRequestError) => void>();

export function getDataClient(): DataClient {
  shared ??= createDataClient({
    connect: (): PortLike => browser.runtime.connect({ name: DATA_PORT_NAME }),
    onRequestError: (error) => {
      for (const listener of errorListeners) listener(error);
    },
  });
  return shared;
}

/** Every request the background refused, whoever made it (e.g. to show "storage full" once, page-wide). */
export function onDataRequestError(listener: (error: DataRequestError) => void, signal: AbortSignal): void {
  errorListeners.add(listener);
  signal.addEventListener('abort', () => errorListeners.delete(listener), { once: true });
}
