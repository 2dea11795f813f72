/** The parts of WhatsApp Web that Zettel recognises and reports in health (DESIGN §3). */
export type WhatsAppPart =
  | 'app-shell'
  | 'chat-list'
  | 'chat-rows'
  | 'conversation-header'
  | 'messages'
  | 'compose-box'
  | 'send-button';

export const WHATSAPP_PARTS: readonly WhatsAppPart[] = [
  'app-shell',
  'chat-list',
  'chat-rows',
  'conversation-header',
  'messages',
  'compose-box',
  'send-button',
];

/** Parts that exist only while a conversation is open; 'idle' in health when none is. */
export const CONVERSATION_PARTS: readonly WhatsAppPart[] = ['conversation-header', 'messages', 'compose-box', 'send-button'];

export type PartState = 'ok' | 'missing' | 'idle'; // idle = cannot be checked now (e.g. no chat is open)

/** How the open chat was identified (the React-fiber probe was removed: docs/adapter.md). */
export type IdentityStrategy = 'data-id-jid' | 'title';

/** late-2026: current-2026 traits with rows positioned by `matrix()` (issue 19 point 8). */
export type BuildProfile = 'legacy-2025' | 'current-2026' | 'late-2026' | 'unknown';
