/**
 * The slice of PouchDB's API that sync uses, typed here: the DefinitelyTyped packages declare global
 * DOM augmentations (Blob, Buffer) that break the project's Node typings.
 */
declare module 'pouchdb-core' {
  export interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
  }
  export interface Emitter<Self> {
    on(event: string, listener: (...args: never[]) => void): Self;
    cancel(): void;
  }
  export interface ChangesFeed extends Emitter<ChangesFeed> {
    on(event: 'change', listener: (change: { id: string; seq: number | string }) => void): ChangesFeed;
    on(event: 'error', listener: (error: unknown) => void): ChangesFeed;
  }
  export interface ReplicationInfo {
    direction: 'push' | 'pull';
    change: { docs_read: number; docs_written: number };
  }
  export interface Replication extends Emitter<Replication> {
    on(event: 'active', listener: () => void): Replication;
    on(event: 'paused' | 'denied' | 'error', listener: (error?: unknown) => void): Replication;
    on(event: 'change', listener: (info: ReplicationInfo) => void): Replication;
    on(event: 'requestError', listener: (error?: unknown) => void): Replication;
    /** A live sync's two directions. */
    readonly push: Replication;
    readonly pull: Replication;
  }
  export type AllDocsRow<T> =
    | { key: string; error: string }
    | { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: T | null };
  export interface Database<T extends Doc = Doc> {
    readonly name: string;
    allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<{ rows: AllDocsRow<T>[]; total_rows: number }>;
    get(id: string, options: { open_revs: string[] }): Promise<{ ok?: T }[]>;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<T>;
    bulkDocs(docs: T[]): Promise<({ ok: true; id: string; rev: string } | { error: string; id: string; status?: number })[]>;
    changes(options: { since: number | string; live: boolean }): ChangesFeed;
    sync(remote: Database<T>, options: { live: boolean; retry: boolean; batch_size?: number; back_off_function?: (delay: number) => number }): Replication;
    replicate: { to(remote: Database<T>): Promise<unknown>; from(remote: Database<T>): Promise<unknown> };
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  export interface Static {
    new <T extends Doc = Doc>(name: string, options?: Record<string, unknown>): Database<T>;
    plugin(plugin: unknown): Static;
    defaults(options: Record<string, unknown>): Static;
  }
  const PouchDB: Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
