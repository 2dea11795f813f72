/**
 * A CouchDB-compatible server for the sync tests: express-pouchdb (PouchDB Server's HTTP layer) over
 * in-memory PouchDB, on 127.0.0.1, started and stopped by the test itself. In front of it the one
 * CouchDB behaviour express-pouchdb leaves to its full mode: HTTP Basic authentication, answered
 * like CouchDB (401 {"error":"unauthorized"}). Stopping closes the port and every open connection (the
 * live replication's long polls) but keeps the data in memory, so a test can take the server down,
 * edit offline, and start it again on the same port.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import { withPlugins } from '../../utils/sync/pouch.ts';

export interface CouchServer {
  url: string;
  port: number;
  username: string;
  password: string;
  /** Every document of a database, straight from the server's HTTP API (not through Zettel). */
  allDocs(database: string): Promise<{ id: string; doc: Record<string, unknown> }[]>;
  /** Takes the server off the network (data kept). */
  stop(): Promise<void>;
  /** Back on the same port. */
  start(): Promise<void>;
  /** How many HTTP requests reached the server since it was made. */
  requests(): number;
}

let serial = 0;

export async function startCouchServer(options: { username?: string; password?: string; port?: number } = {}): Promise<CouchServer> {
  const username = options.username ?? 'buero';
  const password = options.password ?? 'geheim-2026';
  // One in-memory namespace per server, so parallel tests never share databases.
  const prefix = `couch-${process.pid}-${++serial}-`;
  const Pouch = withPlugins(PouchDB, { memory, http }).defaults({ adapter: 'memory', prefix });
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  let requests = 0;
  const app = express();
  app.use((request: { headers: Record<string, string | undefined> }, response: { status(code: number): { json(body: unknown): void } }, next: () => void) => {
    requests++;
    if (request.headers.authorization === expected) return next();
    response.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
  });
  app.use('/', expressPouchdb(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: false }));
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  let port = options.port ?? 0;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer(app);
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      server = null;
    });
  await start();
  const url = () => `http://127.0.0.1:${port}/`;
  return {
    get url() {
      return url();
    },
    get port() {
      return port;
    },
    username,
    password,
    async allDocs(database) {
      const response = await fetch(`${url()}${database}/_all_docs?include_docs=true`, { headers: { Authorization: expected } });
      const body = (await response.json()) as { rows?: { id: string; doc: Record<string, unknown> }[] };
      return (body.rows ?? []).map((row) => ({ id: row.id, doc: row.doc }));
    },
    stop,
    start,
    requests: () => requests,
  };
}
