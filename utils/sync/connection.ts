/**
 * Reaching the firm's CouchDB: the database URL, the one origin the host permission is asked for,
 * and "test connection" with errors a user can act on. Runs in the background (the only context
 * that talks to the server); the options page asks it over runtime messaging (sync-messages.ts).
 */
import type { SyncConfig } from './store.ts';

export type ConnectionError =
  | 'invalid-url'
  | 'insecure'
  | 'unreachable'
  | 'unreachable-or-tls'
  | 'wrong-password'
  | 'forbidden'
  | 'not-couchdb'
  | 'database-missing'
  | 'permission-missing'
  | 'server-error';

export type ConnectionResult = { ok: true; created: boolean } | { ok: false; error: ConnectionError; status?: number };

/** Loopback may use plain http (a server on this PC); everything else needs TLS (docs/security.md). */
export function isAllowedServer(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
}

export function serverUrl(config: Pick<SyncConfig, 'url'>): URL | null {
  try {
    const url = new URL(config.url);
    if (url.username || url.password || url.search || url.hash) return null;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  } catch {
    return null;
  }
}

/** The pattern for `permissions.request({ origins })`: exactly this server, nothing else. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

export function databaseUrl(config: Pick<SyncConfig, 'url' | 'database'>): string | null {
  const server = serverUrl(config);
  return server ? new URL(encodeURIComponent(config.database), server).href : null;
}

export function authHeader(config: Pick<SyncConfig, 'username' | 'password'>): Record<string, string> {
  if (!config.username) return {};
  const bytes = new TextEncoder().encode(`${config.username}:${config.password}`);
  return { Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
}

async function json(response: Response): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** CouchDB greets with {"couchdb":"Welcome"}; PouchDB Server (express-pouchdb) with {"express-pouchdb":"Welcome!"}. */
function isCouchWelcome(body: Record<string, unknown> | null): boolean {
  return !!body && (typeof body.couchdb === 'string' || typeof body['express-pouchdb'] === 'string');
}

export async function testConnection(config: SyncConfig, fetcher: typeof fetch = fetch): Promise<ConnectionResult> {
  const server = serverUrl(config);
  if (!server) return { ok: false, error: 'invalid-url' };
  if (!isAllowedServer(server)) return { ok: false, error: 'insecure' };
  const headers = authHeader(config);
  const unreachable: ConnectionResult = { ok: false, error: server.protocol === 'https:' ? 'unreachable-or-tls' : 'unreachable' };
  let welcome: Response;
  try {
    welcome = await fetcher(server.href, { headers, credentials: 'omit' });
  } catch {
    return unreachable;
  }
  if (welcome.status === 401) return { ok: false, error: 'wrong-password', status: 401 };
  if (!welcome.ok || !isCouchWelcome(await json(welcome))) return { ok: false, error: 'not-couchdb', status: welcome.status };
  const dbUrl = databaseUrl(config)!;
  try {
    const info = await fetcher(dbUrl, { headers, credentials: 'omit' });
    if (info.ok) return { ok: true, created: false };
    if (info.status === 401) return { ok: false, error: 'wrong-password', status: 401 };
    if (info.status === 403) return { ok: false, error: 'forbidden', status: 403 };
    if (info.status !== 404) return { ok: false, error: 'server-error', status: info.status };
    const created = await fetcher(dbUrl, { method: 'PUT', headers, credentials: 'omit' });
    if (created.ok) return { ok: true, created: true };
    if (created.status === 401 || created.status === 403) return { ok: false, error: 'database-missing', status: created.status };
    return { ok: false, error: 'server-error', status: created.status };
  } catch {
    return unreachable;
  }
}
