/**
 * The background as the database owner: opens the one database and serves every content script's
 * data port (utils/messaging/server.ts). Change notices come from Dexie's after-commit events, which
 * also carry the popup's and options page's writes (utils/db/changes.ts).
 */
import { browser } from 'wxt/browser';
import { watchTableChanges } from '../../utils/db/changes.ts';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { DataError } from '../../utils/db/errors.ts';
import { isOperationName, operations, runOperation } from '../../utils/db/operations.ts';
import type { ZettelDatabase } from '../../utils/db/schema.ts';
import { DATA_PORT_NAME, type PortLike } from '../../utils/messaging/protocol.ts';
import { createDataServer, type DataServer } from '../../utils/messaging/server.ts';
import { allowEverything, classifySender, policyFor, type PortSender } from '../../utils/messaging/sender-policy.ts';
import { TEST_DATA_PORT_NAME } from '../../utils/messaging/test-port.ts';
import { refuseWriteIfSimulatedFull } from './storage-full-simulation.ts';

/** The protocol server bound to one database (the unit tests bind it to a fake-indexeddb one). */
export function createDatabaseServer(db: ZettelDatabase): DataServer {
  return createDataServer({
    run(op, input) {
      if (!isOperationName(op)) throw new DataError('unknown-request', `unknown operation ${op}`);
      if (import.meta.env.MODE === 'test' && operations[op].kind === 'write') refuseWriteIfSimulatedFull();
      return runOperation(db, op, input);
    },
    tablesRead(op) {
      if (!isOperationName(op)) return undefined;
      const operation = operations[op];
      return operation.kind === 'read' ? operation.tables : null;
    },
    onTablesChanged: (listener) => watchTableChanges(listener, db.name),
    log: (message, detail) => console.debug(`[zettel data] ${message}`, detail),
  });
}

export function startDataService(): DataServer {
  const server = createDatabaseServer(openZettelDatabase());
  const baseUrl = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    // Only our own content scripts and pages can connect (no externally_connectable); the name
    // separates the data port from ports other parts of Zettel may open. What a port may run depends
    // on who opened it, as the browser reports it (utils/messaging/sender-policy.ts).
    if (port.name === DATA_PORT_NAME) {
      server.accept(port as PortLike, policyFor(classifySender(port.sender as PortSender | undefined, baseUrl, browser.runtime.id)));
    } else if (import.meta.env.MODE === 'test' && port.name === TEST_DATA_PORT_NAME) {
      // Test builds only: the test bridge seeds and reads data through a port of its own (test-port.ts).
      server.accept(port as PortLike, allowEverything);
    }
  });
  return server;
}
