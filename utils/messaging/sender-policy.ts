/**
 * Who may ask the background for what (docs/security.md "Least privilege between contexts").
 *
 * The data port is reachable only from Zettel's own contexts (no externally_connectable), but those
 * contexts are not equally trusted: a content script runs inside WhatsApp's page, next to its scripts
 * and other extensions' scripts, while the popup and the options page are the extension's own pages.
 * So each port is classified by its `sender` as the browser reports it (never by what it says about
 * itself), and a content script may run only the operations and change only the settings its features
 * use. Everything else — deleting labels, editing templates, switching on the automatic away reply —
 * is the extension pages' business.
 */
import type { OperationName, SettingKey } from './protocol.ts';

/** The part of `runtime.Port['sender']` the classification reads. */
export interface PortSender {
  id?: string;
  url?: string;
  tab?: { id?: number } | undefined;
}

export type SenderKind = 'content-script' | 'extension-page' | 'refused';

/** The only site Zettel's content script runs on (the manifest's host permission). */
const WHATSAPP_ORIGIN = new URL('https://web.whatsapp.com/').origin;

/**
 * `extensionBaseUrl` is `runtime.getURL('')` (e.g. "chrome-extension://ID/"), `extensionId` the
 * runtime id. An extension page opened in a tab also has `sender.tab`, so the URL decides first.
 */
export function classifySender(sender: PortSender | undefined, extensionBaseUrl: string, extensionId: string): SenderKind {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return 'refused';
  if (sender.url.startsWith(extensionBaseUrl)) return 'extension-page';
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return 'refused';
  }
  return sender.tab && origin === WHATSAPP_ORIGIN ? 'content-script' : 'refused';
}

/**
 * What the content script's features request or subscribe to. A meta-test (tests/unit/meta/
 * content-operations.test.ts) keeps this list equal to the operation names the content script's
 * sources use: a new feature operation fails the test until it is listed here, and an unused
 * privilege fails it too.
 */
export const CONTENT_SCRIPT_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  // chats and identity
  'rememberChat',
  'linkChatTitleToJid',
  'followChatRename',
  'listChats',
  // flags
  'flagChat',
  'unflagChat',
  'markFlagDue',
  'listFlags',
  // labels: assign existing ones; creating, renaming and deleting belongs to the options page
  'assignChatLabel',
  'listLabels',
  'listChatLabels',
  // reminders
  'rescheduleReminder',
  'cancelReminder',
  'listReminders',
  // pins
  'pinChat',
  'unpinChat',
  'reorderPins',
  'listPins',
  // markers
  'markMessage',
  'updateMarker',
  'resolveMarker',
  'reopenMarker',
  'unmarkMessage',
  'listMarkers',
  // notes
  'saveNote',
  'listNotes',
  // templates: use them; editing belongs to the options page
  'recordTemplateUse',
  // the empty picker's one-click trades pack (adds only templates that are missing, never overwrites)
  'addTemplatePack',
  'listTemplates',
  // settings: read all, change only the keys below
  'getSettings',
  'updateSetting',
  // away replies
  'logAwayReply',
  'settleAwayReply',
  'withdrawAwayReply',
  'listAwayReplies',
]);

/** The settings a content script may change (`updateSetting`); e.g. `away.autoReply` is not one of them. */
export const CONTENT_SCRIPT_SETTING_KEYS: ReadonlySet<SettingKey> = new Set<SettingKey>(['pins.collapsed']);

/** `null`: allowed; otherwise the reason the operation is refused (sent back as the error `forbidden`). */
export type SenderPolicy = (op: string, input: unknown) => string | null;

export const allowEverything: SenderPolicy = () => null;

export const contentScriptPolicy: SenderPolicy = (op, input) => {
  if (!CONTENT_SCRIPT_OPERATIONS.has(op as OperationName)) return `${op} is not available to a content script`;
  if (op === 'updateSetting') {
    const key = (input as { key?: unknown } | null)?.key;
    if (typeof key !== 'string' || !CONTENT_SCRIPT_SETTING_KEYS.has(key as SettingKey)) {
      return `the setting ${JSON.stringify(key)} can be changed only from the extension's pages`;
    }
  }
  return null;
};

const refuseEverything: SenderPolicy = (op) => `${op} refused: the sender is not one of Zettel's own contexts`;

export function policyFor(kind: SenderKind): SenderPolicy {
  if (kind === 'extension-page') return allowEverything;
  if (kind === 'content-script') return contentScriptPolicy;
  return refuseEverything;
}
