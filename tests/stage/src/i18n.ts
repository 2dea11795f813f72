/**
 * WhatsApp's own UI strings in German and English (whatsapp-dom.md §7 and A.3). Only the UI switches
 * language; message texts stay German.
 */
import type { StageLanguage } from './options.ts';

export interface Strings {
  chatList: string;
  searchResults: string;
  searchHint: string;
  metaAiHint: string;
  unread(n: number): string;
  unreadDivider(n: number): string;
  mutedChat: string;
  pinnedChat: string;
  nav: { chats: string; status: string; channels: string; communities: string; metaAi: string; settings: string; profile: string };
  chatsTitle: string;
  newChat: string;
  menu: string;
  filters: { all: string; unread: string; favourites: string; groups: string; more: string };
  noChats: string;
  today: string;
  yesterday: string;
  weekdays: readonly string[];
  online: string;
  typing: string;
  you: string;
  search: string;
  videoCall: string;
  voiceCall: string;
  composeLegacy: string;
  composeTo(name: string, group: boolean): string;
  placeholder: string;
  send: string;
  voiceMessage: string;
  attach: string;
  emoji: string;
  openPicture: string;
  playVoice: string;
  quoted: string;
  document: string;
  messageListLegacy: string;
  e2e: string;
  groupCreated(name: string): string;
  contextMenu: string;
  photo: string;
  ticks: { time: string; check: string; dblcheck: string; ack: string };
  introTitle: string;
  introText: string;
  sentBy(name: string): string;
  /** Time as in bubbles and data-pre-plain-text. */
  time(d: Date): string;
  /** Date as in data-pre-plain-text and date dividers. */
  date(d: Date): string;
}

const pad = (n: number) => String(n).padStart(2, '0');

const de: Strings = {
  chatList: 'Chatliste',
  searchResults: 'Suchergebnisse.',
  searchHint: 'Suchen oder neuen Chat starten',
  metaAiHint: 'Meta AI fragen oder suchen',
  unread: (n) => (n === 1 ? '1 ungelesene Nachricht' : `${n} ungelesene Nachrichten`),
  unreadDivider: (n) => (n === 1 ? '1 ungelesene Nachricht' : `${n} ungelesene Nachrichten`),
  mutedChat: 'Stummgeschalteter Chat',
  pinnedChat: 'Angehefteter Chat',
  nav: { chats: 'Chats', status: 'Status', channels: 'Kanäle', communities: 'Communitys', metaAi: 'Meta AI', settings: 'Einstellungen', profile: 'Profil' },
  chatsTitle: 'Chats',
  newChat: 'Neuer Chat',
  menu: 'Menü',
  filters: { all: 'Alle', unread: 'Ungelesen', favourites: 'Favoriten', groups: 'Gruppen', more: 'Weitere Filter' },
  noChats: 'Keine Chats gefunden',
  today: 'HEUTE',
  yesterday: 'GESTERN',
  weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  online: 'online',
  typing: 'schreibt …',
  you: 'Du',
  search: 'Suchen',
  videoCall: 'Videoanruf',
  voiceCall: 'Sprachanruf',
  composeLegacy: 'Nachricht eingeben',
  composeTo: (name, group) => (group ? `Nachricht an Gruppe ${name} eingeben` : `Nachricht an ${name} eingeben`),
  placeholder: 'Nachricht eingeben',
  send: 'Senden',
  voiceMessage: 'Sprachnachricht',
  attach: 'Anhängen',
  emoji: 'Emojis, GIFs, Sticker',
  openPicture: 'Bild öffnen',
  playVoice: 'Sprachnachricht abspielen',
  quoted: 'Zitierte Nachricht',
  document: 'Dokument',
  messageListLegacy: 'Nachrichtenliste. Drücke auf einer Nachricht die Pfeiltaste nach rechts, um das Kontextmenü zu öffnen.',
  e2e: 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören.',
  groupCreated: (name) => `${name} hat die Gruppe erstellt`,
  contextMenu: 'Chat-Kontextmenü öffnen',
  photo: 'Foto',
  ticks: { time: ' Ausstehend ', check: ' Gesendet ', dblcheck: ' Zugestellt ', ack: ' Gelesen ' },
  introTitle: 'WhatsApp Web',
  introText: 'Sende und empfange Nachrichten, ohne dein Telefon online zu halten.',
  sentBy: (name) => `${name}:`,
  time: (d) => `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  date: (d) => `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`,
};

const en: Strings = {
  chatList: 'Chat list',
  searchResults: 'Search results.',
  searchHint: 'Search or start a new chat',
  metaAiHint: 'Ask Meta AI or Search',
  unread: (n) => (n === 1 ? '1 unread message' : `${n} unread messages`),
  unreadDivider: (n) => (n === 1 ? '1 unread message' : `${n} unread messages`),
  mutedChat: 'Muted chat',
  pinnedChat: 'Pinned chat',
  nav: { chats: 'Chats', status: 'Status', channels: 'Channels', communities: 'Communities', metaAi: 'Meta AI', settings: 'Settings', profile: 'Profile' },
  chatsTitle: 'Chats',
  newChat: 'New chat',
  menu: 'Menu',
  filters: { all: 'All', unread: 'Unread', favourites: 'Favourites', groups: 'Groups', more: 'More filters' },
  noChats: 'No chats found',
  today: 'TODAY',
  yesterday: 'YESTERDAY',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  online: 'online',
  typing: 'typing…',
  you: 'You',
  search: 'Search',
  videoCall: 'Video call',
  voiceCall: 'Voice call',
  composeLegacy: 'Type a message',
  composeTo: (name, group) => (group ? `Type a message to group ${name}` : `Type a message to ${name}`),
  placeholder: 'Type a message',
  send: 'Send',
  voiceMessage: 'Voice message',
  attach: 'Attach',
  emoji: 'Emojis, GIFs, Stickers',
  openPicture: 'Open picture',
  playVoice: 'Play voice message',
  quoted: 'Quoted message',
  document: 'Document',
  messageListLegacy: 'Message list. Press right arrow key on a message to open message context menu.',
  e2e: 'Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.',
  groupCreated: (name) => `${name} created group`,
  contextMenu: 'Open chat context menu',
  photo: 'Photo',
  ticks: { time: ' Pending ', check: ' Sent ', dblcheck: ' Delivered ', ack: ' Read ' },
  introTitle: 'WhatsApp Web',
  introText: 'Send and receive messages without keeping your phone online.',
  sentBy: (name) => `${name}:`,
  time: (d) => {
    const h = d.getHours() % 12 || 12;
    return `${h}:${pad(d.getMinutes())} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
  },
  date: (d) => `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`,
};

export function strings(lang: StageLanguage): Strings {
  return lang === 'en' ? en : de;
}

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Whole calendar days between t and now (0 = today). */
export function daysAgo(t: number, now: number): number {
  return Math.round((startOfDay(now) - startOfDay(t)) / 86_400_000);
}

export function sameDay(a: number, b: number): boolean {
  return startOfDay(a) === startOfDay(b);
}

/** `[10:31, 12.3.2026] Anna Müller: ` / `[10:31 AM, 3/12/2026] Anna Müller: ` (§3.2). */
export function prePlainText(s: Strings, t: number, author: string): string {
  const d = new Date(t);
  return `[${s.time(d)}, ${s.date(d)}] ${author}: `;
}

/** Date divider text: HEUTE / GESTERN / weekday within a week / date. */
export function dividerText(s: Strings, t: number, now: number): string {
  const days = daysAgo(t, now);
  if (days === 0) return s.today;
  if (days === 1) return s.yesterday;
  if (days < 7) return (s.weekdays[new Date(t).getDay()] ?? '').toUpperCase();
  return s.date(new Date(t));
}

/** Time column of a chat-list row: time today, "Gestern", weekday, or date. */
export function listTime(s: Strings, t: number, now: number): string {
  const days = daysAgo(t, now);
  if (days === 0) return s.time(new Date(t));
  if (days === 1) return s.yesterday.charAt(0) + s.yesterday.slice(1).toLowerCase();
  if (days < 7) return s.weekdays[new Date(t).getDay()] ?? '';
  return s.date(new Date(t));
}
