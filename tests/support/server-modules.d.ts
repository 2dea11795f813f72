/** Minimal typings of the test server's packages (tests/support/couch-server.ts); none ship their own. */
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express' {
  type Handler = (...args: never[]) => void;
  interface App {
    (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse): void;
    use(handler: Handler): App;
    use(path: string, handler: Handler): App;
  }
  const express: () => App;
  export default express;
}
declare module 'express-pouchdb' {
  const expressPouchdb: (PouchDB: unknown, options?: Record<string, unknown>) => (...args: never[]) => void;
  export default expressPouchdb;
}
