/**
 * One message row as WAWebMessageWrapper renders it (whatsapp-dom.md §3, A.2):
 * div[role=row] > div[tabindex=-1][data-id][data-testid=conv-msg-<id>] > div[data-virtualized] > content.
 * The row and the [data-id] shell are stable; the content below data-virtualized is what
 * virtualization unmounts and re-creates as new nodes.
 */
import { cx, sx } from './atoms.ts';
import type { Ctx } from './context.ts';
import { OWN, type Chat, type Message, type TickState } from './data.ts';
import { h, icon, type Child } from './dom.ts';
import { prePlainText } from './i18n.ts';

export interface RunInfo {
  /** First bubble of a run from the same sender: carries the tail (A.2 "Tails"). */
  tail: boolean;
}

/** data-id: full `true|false_<chat>_<id>[_<participant>]` in legacy-2025, the bare id in current-2026 (A.1-2). */
export function dataIdOf(ctx: Ctx, chat: Chat, message: Pick<Message, 'id' | 'fromMe' | 'author'>): string {
  if (!ctx.legacy) return message.id;
  const base = `${message.fromMe}_${chat.jid}_${message.id}`;
  if (chat.kind !== 'group') return base;
  return `${base}_${message.fromMe ? OWN.jid : (message.author?.jid ?? chat.jid)}`;
}

export function tickIcon(ctx: Ctx, status: TickState): string | null {
  const base = status === 'time' ? 'msg-time' : status === 'check' ? 'msg-check' : status === 'dblcheck' ? 'msg-dblcheck' : 'msg-dblcheck-ack';
  return ctx.hook('messages', base, `wds-ic-${base.slice(4)}`);
}

export function tickLabel(ctx: Ctx, status: TickState): string {
  return ctx.s.ticks[status === 'dblcheck' ? 'dblcheck' : status === 'ack' ? 'ack' : status];
}

/** One constant picture per page load, as a real blob: URL (no network, like WhatsApp's decrypted media). */
let pictureUrl: string | null = null;
function picture(): string {
  pictureUrl ??= URL.createObjectURL(
    new Blob(['<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160"><rect width="240" height="160" fill="#8aa"/><rect x="30" y="30" width="80" height="100" fill="#ddd"/></svg>'], { type: 'image/svg+xml' }),
  );
  return pictureUrl;
}

const bubbleIn = sx({ background: 'var(--WDS-bubble-incoming)', 'border-radius': '8px', padding: '6px 8px 4px', 'max-width': '65%', 'box-shadow': '0 1px .5px rgba(0,0,0,.13)', position: 'relative' });
const bubbleOut = sx({ background: 'var(--WDS-bubble-outgoing)', 'border-radius': '8px', padding: '6px 8px 4px', 'max-width': '65%', 'box-shadow': '0 1px .5px rgba(0,0,0,.13)', position: 'relative' });
const lineIn = sx({ display: 'flex', 'justify-content': 'flex-start', padding: '1px 60px 1px 60px' });
const lineOut = sx({ display: 'flex', 'justify-content': 'flex-end', padding: '1px 60px 1px 60px' });
const metaStyle = sx({ display: 'flex', 'justify-content': 'flex-end', gap: '3px', 'font-size': '11px', color: 'var(--WDS-content-deemphasized)', 'align-items': 'center' });

/**
 * WhatsApp's `*bold*`: a `<strong>` without the asterisks, when they hug non-space text at word edges
 * ("2*3*4" stays as typed). So the text a message shows differs from the text that was sent.
 */
const BOLD = /(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=$|[\s.,;:!?)])/g;

function lineNodes(line: string): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const match of line.matchAll(BOLD)) {
    const start = match.index + match[1]!.length;
    out.push(line.slice(last, start), h('strong', {}, match[2]!));
    last = match.index + match[0].length;
  }
  out.push(line.slice(last));
  return out.filter((part) => part !== '');
}

/** Text as WhatsApp shows it: lines separated by <br>, `*bold*` as bold; never parsed as HTML. */
function textNodes(text: string): Child[] {
  const out: Child[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(h('br'));
    out.push(...lineNodes(line));
  });
  return out;
}

function textBlock(ctx: Ctx, chat: Chat, message: Message): HTMLElement {
  const removed = ctx.removed('messages');
  const author = message.fromMe ? OWN.name : (message.author?.name ?? chat.title);
  const inner = ctx.options.selectable && !removed
    ? h('span', { class: 'selectable-text copyable-text', dir: 'ltr', 'data-testid': ctx.testid('messages', 'selectable-text', 'message-text') }, h('span', {}, ...textNodes(message.text)))
    : h('span', { dir: 'ltr' }, ...textNodes(message.text));
  return h(
    'div',
    { class: removed ? null : 'copyable-text', 'data-pre-plain-text': removed ? null : prePlainText(ctx.s, message.time, author) },
    h('div', { class: sx({ 'white-space': 'pre-wrap', 'overflow-wrap': 'anywhere' }) }, inner),
  );
}

function quotedBlock(ctx: Ctx, chat: Chat, quoted: Message | undefined, quotedId: string): HTMLElement {
  const author = quoted ? (quoted.fromMe ? ctx.s.you : (quoted.author?.name ?? chat.title)) : '';
  const text = quoted ? quoted.text || (quoted.kind === 'image' ? ctx.s.photo : (quoted.fileName ?? '')) : '';
  const nestedId = quoted ? dataIdOf(ctx, chat, quoted) : quotedId;
  return h(
    'div',
    { 'data-testid': ctx.testid('messages', 'quoted-message', 'message-quote'), role: 'button', 'aria-label': ctx.s.quoted, class: sx({ background: 'rgba(0,0,0,.05)', 'border-left': '4px solid var(--WDS-accent)', 'border-radius': '6px', padding: '4px 8px', 'margin-bottom': '4px' }) },
    // The quoted preview carries its OWN data-id (A.2): select top-level messages with :not(… [data-id]).
    h(
      'div',
      { 'data-id': ctx.removed('messages') ? null : nestedId },
      h('span', { 'data-testid': ctx.testid('messages', 'author', 'message-author'), 'aria-label': author, class: sx({ 'font-weight': '600', display: 'block', 'font-size': '12.8px' }) }, author),
      h('span', { 'data-testid': ctx.testid('messages', 'selectable-text', 'message-text'), dir: 'auto' }, text),
    ),
  );
}

function media(ctx: Ctx, message: Message): HTMLElement | null {
  const { s } = ctx;
  if (message.kind === 'image') {
    return h(
      'div',
      { role: 'button', 'aria-label': s.openPicture, 'data-testid': ctx.testid('messages', 'image-thumb', 'message-image') },
      h('img', { src: picture(), alt: '', class: sx({ width: '240px', height: '160px', display: 'block', 'border-radius': '6px' }) }),
    );
  }
  if (message.kind === 'voice') {
    return h(
      'div',
      { 'aria-label': s.voiceMessage, class: sx({ display: 'flex', 'align-items': 'center', gap: '8px', 'min-width': '200px' }) },
      h('button', { 'aria-label': s.playVoice }, icon('audio-play')),
      h('span', {}, `${Math.floor((message.seconds ?? 0) / 60)}:${String((message.seconds ?? 0) % 60).padStart(2, '0')}`),
    );
  }
  if (message.kind === 'document') {
    return h(
      'div',
      { role: 'button', title: message.fileName ?? '', 'aria-label': `${s.document}: ${message.fileName ?? ''}`, class: sx({ display: 'flex', gap: '8px', 'align-items': 'center' }) },
      icon('document-PDF-icon'),
      h('span', {}, message.fileName ?? ''),
    );
  }
  return null;
}

/** The content under data-virtualized: created anew on every mount. */
export function messageContent(ctx: Ctx, chat: Chat, message: Message, run: RunInfo, quoted: Message | undefined): { content: HTMLElement; tick: HTMLElement | null } {
  const { s } = ctx;
  const removed = ctx.removed('messages');
  const group = chat.kind === 'group';
  const sender = message.fromMe ? s.you : (message.author?.name ?? chat.title);
  const time = s.time(new Date(message.time));
  const tick = message.fromMe ? icon(tickIcon(ctx, message.status), { 'aria-label': tickLabel(ctx, message.status) }) : null;
  const bubble = h(
    'div',
    { class: message.fromMe ? bubbleOut : bubbleIn },
    group && !message.fromMe && run.tail
      ? h('span', { 'aria-label': s.sentBy(message.author?.name ?? ''), class: sx({ 'font-weight': '600', 'font-size': '12.8px', color: '#1f7aec', display: 'block' }) }, message.author?.name ?? '')
      : null,
    message.quotedId ? quotedBlock(ctx, chat, quoted, message.quotedId) : null,
    media(ctx, message),
    message.text ? textBlock(ctx, chat, message) : null,
    h('div', { 'data-testid': ctx.testid('messages', 'msg-meta', 'message-meta'), class: metaStyle }, h('span', {}, time), tick),
  );
  const container = h(
    'div',
    { 'data-testid': ctx.testid('messages', 'msg-container', 'message-container'), class: message.fromMe ? lineOut : lineIn },
    run.tail ? icon(ctx.hook('messages', message.fromMe ? 'tail-out' : 'tail-in', message.fromMe ? 'wds-tail-out' : 'wds-tail-in'), {}, 'M0 0h8v8z') : null,
    bubble,
  );
  const summary = `${sender}: ${message.text || (message.kind === 'image' ? s.photo : message.kind === 'voice' ? s.voiceMessage : (message.fileName ?? ''))} ${time}`;
  // Legacy builds carry the direction classes on the first element under data-virtualized (S5, S18).
  const content = h(
    'div',
    { class: cx(ctx.legacy && !removed && (message.fromMe ? 'message-out' : 'message-in'), ctx.legacy && 'focusable-list-item', sx({ 'min-width': 0 })) },
    h('div', { 'aria-label': summary }, container),
  );
  return { content, tick };
}

/** The stable part of a message row; `virt` is where content is mounted and unmounted. */
export function messageShell(ctx: Ctx, chat: Chat, message: Message): { row: HTMLElement; shell: HTMLElement; virt: HTMLElement } {
  const removed = ctx.removed('messages');
  const dataId = dataIdOf(ctx, chat, message);
  const virt = h('div', { 'data-virtualized': 'false' });
  const shell = h(
    'div',
    {
      tabindex: '-1',
      class: cx(!ctx.legacy && 'focusable-list-item', sx({ 'margin-bottom': '2px' })),
      'data-id': removed ? null : dataId,
      'data-testid': ctx.testid('messages', `conv-msg-${dataId}`, `message-${dataId}`),
    },
    virt,
  );
  const row = h('div', { role: removed ? null : 'row' }, shell);
  return { row, shell, virt };
}

/** Rows without data-id: date dividers, the unread divider, system notices. */
export function dividerRow(ctx: Ctx, text: string, kind: 'date' | 'unread' | 'system', firstE2e = false): HTMLElement {
  const pill = h(
    'div',
    {
      class: sx({ display: 'inline-block', padding: '5px 12px', 'border-radius': '8px', background: 'var(--WDS-surface-default)', 'font-size': '12.5px', color: 'var(--WDS-content-deemphasized)', 'max-width': '70%' }),
      'data-testid': kind === 'system' ? ctx.testid('messages', 'msg-notification-container', 'message-notification') : null,
      role: firstE2e ? 'button' : null,
    },
    h('span', { dir: 'auto' }, text),
  );
  const row = h('div', { role: ctx.removed('messages') ? null : 'row', class: sx({ 'text-align': 'center', padding: '8px 0' }) }, pill);
  if (kind === 'unread') row.firstElementChild?.setAttribute('class', cx(pill.className, sx({ width: '100%', 'max-width': '100%', 'border-radius': '0' })));
  return row;
}
