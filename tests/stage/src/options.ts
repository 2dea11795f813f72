/**
 * Stage options: shared by the Node side (serve.ts builds the URL) and the page (reads it back).
 * Every option lives in the page URL's query string, so a reload keeps it.
 * No Node or DOM imports here: this file is bundled into the page and loaded by Playwright.
 */

export type StageProfile = 'legacy-2025' | 'current-2026' | 'late-2026';
export type StageLanguage = 'de' | 'en';
export type StageTheme = 'light' | 'dark';

export interface StageOptions {
  /** WhatsApp Web build profile (whatsapp-dom.md Addendum A.5). Default 'current-2026'. */
  profile?: StageProfile;
  /** Number of chats in the list, 1..5000. Default 40. */
  chats?: number;
  /** UI language of WhatsApp's own strings. Default 'de'. Message texts stay German. */
  lang?: StageLanguage;
  /** Default 'light'. */
  theme?: StageTheme;
  /** data-testid attributes present. Default true (A.1-6: some builds compile them away). */
  testids?: boolean;
  /** `.selectable-text` spans present inside message text. Default true, false on late-2026 (A.1-4). */
  selectable?: boolean;
  /** Enter sends (true) or inserts a paragraph (false). Default true (A.2 composer). */
  enterIsSend?: boolean;
  /** Message virtualization (A.2). Default: true on current-2026 and late-2026, false on legacy-2025. */
  virtualize?: boolean;
  /** React-fiber-like expandos with key "chat-<jid>" on rows and the header (A.2, W12). Default false. */
  internals?: boolean;
  /** Search hint "Ask Meta AI or Search" (A.1-7). Default false. */
  metaAi?: boolean;
  /** History length of the designated big chat, 1..10000. Default 300. */
  bigChatMessages?: number;
  /** Seed of the deterministic sample data. Default 1. */
  seed?: number;
  /** Key (jid) of a chat to open at load. */
  openChat?: string;
  /** Background churn like the real page: "typing…" previews and header subtitles come and go. Default false. */
  noise?: boolean;
  /** A rename of the open contact re-mounts the conversation pane (a new `#main`, header first, the same messages a frame later) instead of updating the header in place. Default false. */
  renameRemount?: boolean;
  /** Contact names changed so far, key → title (renameContact keeps them here, so a reload keeps them). */
  renames?: Record<string, string>;
}

export type ResolvedStageOptions = Required<Omit<StageOptions, 'openChat'>> & { openChat: string | null };

/** Titles are strings of any content; only string → string pairs are taken from the URL. */
function parseRenames(raw: string | null): Record<string, string> {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export const STAGE_DEFAULTS = {
  profile: 'current-2026',
  chats: 40,
  lang: 'de',
  theme: 'light',
  testids: true,
  selectable: true,
  enterIsSend: true,
  internals: false,
  metaAi: false,
  bigChatMessages: 300,
  seed: 1,
  noise: false,
  renameRemount: false,
} as const;

const booleanKeys = ['testids', 'selectable', 'enterIsSend', 'virtualize', 'internals', 'metaAi', 'noise', 'renameRemount'] as const;
const numberKeys = ['chats', 'bigChatMessages', 'seed'] as const;

/** Query string for the given options (only the options that were given). */
export function optionsToQuery(options: StageOptions): string {
  const params = new URLSearchParams();
  if (options.profile) params.set('profile', options.profile);
  if (options.lang) params.set('lang', options.lang);
  if (options.theme) params.set('theme', options.theme);
  for (const key of numberKeys) {
    const value = options[key];
    if (value !== undefined) params.set(key, String(value));
  }
  for (const key of booleanKeys) {
    const value = options[key];
    if (value !== undefined) params.set(key, value ? '1' : '0');
  }
  if (options.openChat) params.set('openChat', options.openChat);
  if (options.renames && Object.keys(options.renames).length > 0) params.set('renames', JSON.stringify(options.renames));
  return params.toString();
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null) return fallback;
  const value = Math.trunc(Number(raw));
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

function bool(raw: string | null, fallback: boolean): boolean {
  if (raw === null) return fallback;
  return raw === '1' || raw === 'true' || raw === '';
}

/** Reads the options back from a query string, filling in the defaults. Unknown values fall back. */
export function queryToOptions(search: string): ResolvedStageOptions {
  const params = new URLSearchParams(search);
  const raw = params.get('profile');
  const profile: StageProfile = raw === 'legacy-2025' || raw === 'late-2026' ? raw : 'current-2026';
  return {
    profile,
    chats: clampInt(params.get('chats'), STAGE_DEFAULTS.chats, 1, 5000),
    lang: params.get('lang') === 'en' ? 'en' : 'de',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    testids: bool(params.get('testids'), STAGE_DEFAULTS.testids),
    // late-2026 bodies have no .selectable-text (issue 19 point 8, A.1-4).
    selectable: bool(params.get('selectable'), profile !== 'late-2026' && STAGE_DEFAULTS.selectable),
    enterIsSend: bool(params.get('enterIsSend'), STAGE_DEFAULTS.enterIsSend),
    virtualize: bool(params.get('virtualize'), profile !== 'legacy-2025'),
    internals: bool(params.get('internals'), STAGE_DEFAULTS.internals),
    metaAi: bool(params.get('metaAi'), STAGE_DEFAULTS.metaAi),
    noise: bool(params.get('noise'), STAGE_DEFAULTS.noise),
    renameRemount: bool(params.get('renameRemount'), STAGE_DEFAULTS.renameRemount),
    renames: parseRenames(params.get('renames')),
    bigChatMessages: clampInt(params.get('bigChatMessages'), STAGE_DEFAULTS.bigChatMessages, 1, 10000),
    seed: clampInt(params.get('seed'), STAGE_DEFAULTS.seed, -2147483648, 2147483647),
    openChat: params.get('openChat'),
  };
}
