/**
 * The content script's one data client, connected to the background over a runtime Port. Features get
 * it through their context; nothing in a content script opens IndexedDB (DESIGN §1).
 */
import { browser } from 'wxt/browser';
import { createDataClient, type DataClient } from './client.ts';
import { DATA_PORT_NAME, type PortLike } from './protocol.ts';

let shared: DataClient | undefined;

export function getDataClient(): DataClient {
  shared ??= createDataClient({ connect: (): PortLike => browser.runtime.connect({ name: DATA_PORT_NAME }) });
  return shared;
}
