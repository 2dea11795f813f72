/**
 * Stands in for `pouchdb-changes-filter` in the extension build (wxt.config.ts alias): the original
 * compiles design documents' filter and view strings with `new Function`, which the extension's CSP
 * forbids and sync never needs (it filters nothing). A string filter is refused with an error instead.
 */
interface ChangesOptions {
  filter?: unknown;
  complete: (error: Error | null) => void;
}

export default function applyChangesFilterPlugin(PouchDB: Record<string, unknown>): void {
  PouchDB._changesFilterPlugin = {
    validate: (_options: ChangesOptions, callback: (error?: Error) => void) => callback(),
    normalize: () => undefined,
    shouldFilter: (_handler: unknown, options: ChangesOptions) => typeof options.filter === 'string',
    filter: (_handler: unknown, options: ChangesOptions) =>
      options.complete(new Error('Zettel: design-document filters are not supported (no eval under the extension CSP)')),
  };
}
