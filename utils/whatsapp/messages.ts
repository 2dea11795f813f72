/**
 * Messages of the open conversation (whatsapp-dom.md §3, A.1-2/3/4, A.2, A.6). A message is a top-level
 * `data-id` wrapper: quoted previews carry their own nested `data-id`. Far-away messages may be
 * virtualized (children unmounted, `data-virtualized="true"`): they keep their id, lose their text.
 */
import { parseMessageId, rawMessageIdOf } from './message-id.ts';
import {
  LEGACY_IN_SELECTOR,
  LEGACY_OUT_SELECTOR,
  MESSAGE_TEXT_BLOCK_SELECTOR,
  MESSAGE_TEXT_FALLBACK_SELECTOR,
  MESSAGE_WRAPPER_SELECTORS,
  OUTGOING_STATUS_SELECTOR,
  QUOTED_SELECTOR,
  TAIL_IN_SELECTOR,
  TAIL_OUT_SELECTOR,
  VIRTUALIZED_SELECTOR,
} from './selectors.ts';
import { visibleText } from './text.ts';

export type Direction = 'in' | 'out' | 'unknown';
export type DirectionSource = 'id-prefix' | 'status-icon' | 'tail' | 'run' | 'geometry' | 'legacy-class' | 'none';

export interface MessageSnapshot {
  element: HTMLElement;
  /** Normalised (bare) message id. */
  id: string;
  rawId: string;
  chatJid: string | null;
  participant: string | null;
  direction: Direction;
  directionSource: DirectionSource;
  /** Visible text of the message body (not of a quoted preview); '' for media or virtualized ones. */
  text: string;
  /** `data-pre-plain-text`, e.g. "[10:31, 12.3.2026] Anna Müller: ", when rendered. */
  prePlainText: string | null;
  virtualized: boolean;
}

/** Top-level message wrappers in DOM order. */
export function messageWrappers(scope: ParentNode): HTMLElement[] {
  for (const selector of MESSAGE_WRAPPER_SELECTORS) {
    const all = scope.querySelectorAll<HTMLElement>(selector);
    if (all.length === 0) continue;
    return [...all].filter((el) => !el.parentElement?.closest(selector) && rawMessageIdOf(el) !== null);
  }
  return [];
}

/** Raw ids only: the cheap scan the identity resolver runs on every conversation change. */
export function messageIds(scope: ParentNode): string[] {
  return messageWrappers(scope).map((el) => rawMessageIdOf(el) as string);
}

/** Elements inside `wrapper` that belong to it and not to a nested (quoted) message. */
function ownQuery(wrapper: Element, selector: string): Element | null {
  for (const el of wrapper.querySelectorAll(selector)) {
    const owner = el.parentElement?.closest('[data-id], [data-testid^="conv-msg-"]');
    if ((owner === wrapper || owner === null) && !el.closest(QUOTED_SELECTOR)) return el;
  }
  return null;
}

function isVirtualized(wrapper: Element): boolean {
  const marker = wrapper.matches(VIRTUALIZED_SELECTOR) ? wrapper : wrapper.querySelector(VIRTUALIZED_SELECTOR);
  return marker?.getAttribute('data-virtualized') === 'true';
}

function messageText(wrapper: Element): { text: string; prePlainText: string | null } {
  const block = ownQuery(wrapper, MESSAGE_TEXT_BLOCK_SELECTOR);
  if (block) {
    const selectable = block.querySelector(MESSAGE_TEXT_FALLBACK_SELECTOR);
    return { text: visibleText(selectable ?? block).trim(), prePlainText: block.getAttribute('data-pre-plain-text') };
  }
  const loose = ownQuery(wrapper, MESSAGE_TEXT_FALLBACK_SELECTOR);
  return { text: loose ? visibleText(loose).trim() : '', prePlainText: null };
}

interface OwnDirection {
  direction: Direction;
  source: DirectionSource;
}

/** Steps 1, 2, 3 of A.6 on the message alone (a tail only marks the first bubble of a run). */
function ownDirection(wrapper: Element, fromMe: boolean | null): OwnDirection {
  if (fromMe !== null) return { direction: fromMe ? 'out' : 'in', source: 'id-prefix' };
  if (ownQuery(wrapper, OUTGOING_STATUS_SELECTOR)) return { direction: 'out', source: 'status-icon' };
  if (ownQuery(wrapper, TAIL_OUT_SELECTOR)) return { direction: 'out', source: 'tail' };
  if (ownQuery(wrapper, TAIL_IN_SELECTOR)) return { direction: 'in', source: 'tail' };
  return { direction: 'unknown', source: 'none' };
}

/** Step 4: a bubble right of the panel's centre is outgoing (mirrored for RTL). Needs layout. */
function geometricDirection(wrapper: HTMLElement, panel: Element | null): Direction {
  const bubble = wrapper.querySelector('[data-testid="msg-container"]') ?? wrapper.firstElementChild ?? wrapper;
  const box = bubble.getBoundingClientRect();
  const area = (panel ?? wrapper.parentElement ?? wrapper).getBoundingClientRect();
  if (box.width === 0 || area.width === 0 || box.width >= area.width * 0.98) return 'unknown';
  const right = box.left + box.width / 2 > area.left + area.width / 2;
  const rtl = getComputedStyle(wrapper).direction === 'rtl';
  return right !== rtl ? 'out' : 'in';
}

function legacyDirection(wrapper: Element): Direction {
  if (ownQuery(wrapper, LEGACY_OUT_SELECTOR) || wrapper.matches(LEGACY_OUT_SELECTOR)) return 'out';
  if (ownQuery(wrapper, LEGACY_IN_SELECTOR) || wrapper.matches(LEGACY_IN_SELECTOR)) return 'in';
  return 'unknown';
}

/**
 * A message's own direction, once known, never changes; finding it costs several scoped queries and
 * (geometry) a forced layout, and every batch re-reads every rendered message. So a known answer is
 * kept per element and message id (WhatsApp keeps one element per message; a reused element with
 * another id is asked again). Unknown answers are not kept: a tail may appear when content mounts.
 */
const knownDirections = new WeakMap<Element, { rawId: string; own?: OwnDirection; geometry?: Direction }>();

function cachedOwnDirection(element: Element, rawId: string, fromMe: boolean | null): OwnDirection {
  const known = knownDirections.get(element);
  if (known?.rawId === rawId && known.own) return known.own;
  const own = ownDirection(element, fromMe);
  if (own.direction !== 'unknown') knownDirections.set(element, { ...(known?.rawId === rawId ? known : {}), rawId, own });
  return own;
}

function cachedGeometricDirection(element: HTMLElement, rawId: string, panel: Element | null): Direction {
  const known = knownDirections.get(element);
  if (known?.rawId === rawId && known.geometry) return known.geometry;
  const geometry = geometricDirection(element, panel);
  if (geometry !== 'unknown') knownDirections.set(element, { ...(known?.rawId === rawId ? known : {}), rawId, geometry });
  return geometry;
}

/**
 * Snapshots of messages already read, for a reader that is told of every change (the adapter's
 * observer calls `forget` for each message a mutation touched). A batch then reads only new or changed
 * messages instead of every rendered one: the text walk and the scoped queries were the largest part of
 * Zettel's cost while messages arrive (docs/performance.md). Only answers with a known direction are
 * kept, so an unknown one is asked again, as in the direction cache.
 */
const ANY_MESSAGE_WRAPPER = MESSAGE_WRAPPER_SELECTORS.join(', ');

export class MessageSnapshotCache {
  private readonly snapshots = new WeakMap<Element, MessageSnapshot>();

  get(element: Element, rawId: string): MessageSnapshot | undefined {
    const snapshot = this.snapshots.get(element);
    return snapshot?.rawId === rawId ? snapshot : undefined;
  }

  keep(snapshot: MessageSnapshot): void {
    if (snapshot.direction !== 'unknown') this.snapshots.set(snapshot.element, snapshot);
  }

  /**
   * A mutation at `node`: the message it is in (and, for a quoted preview, the one quoting it) is read
   * again. One walk up, stopping at `boundary` (the messages region): this runs for every mutation record.
   */
  forget(node: Node, boundary: Node | null): void {
    for (let element = node instanceof Element ? node : node.parentElement; element && element !== boundary; element = element.parentElement) {
      if (element.matches(ANY_MESSAGE_WRAPPER)) this.snapshots.delete(element);
    }
  }
}

/**
 * Reads the messages in DOM order. Direction follows A.6: id prefix → outgoing status icon → tail,
 * carried forward through the run → geometry → legacy classes.
 */
export function readMessages(scope: ParentNode, panel: Element | null = null, cache: MessageSnapshotCache | null = null): MessageSnapshot[] {
  // The direction of the previous bubble: one without a tail continues its run (a new run has a tail).
  let runDirection: Direction = 'unknown';
  return messageWrappers(scope).map((element) => {
    const rawId = rawMessageIdOf(element) as string;
    const known = cache?.get(element, rawId);
    if (known) {
      runDirection = known.virtualized && known.directionSource !== 'id-prefix' ? 'unknown' : known.direction;
      return known;
    }
    const parsed = parseMessageId(rawId);
    const virtualized = isVirtualized(element);
    const own = cachedOwnDirection(element, rawId, parsed.fromMe);
    let direction = own.direction;
    let directionSource = own.source;
    if (direction === 'unknown' && runDirection !== 'unknown' && !virtualized) {
      direction = runDirection;
      directionSource = 'run';
    }
    if (direction === 'unknown' && !virtualized) {
      direction = cachedGeometricDirection(element, rawId, panel);
      directionSource = direction === 'unknown' ? 'none' : 'geometry';
    }
    if (direction === 'unknown') {
      direction = legacyDirection(element);
      directionSource = direction === 'unknown' ? 'none' : 'legacy-class';
    }
    // A virtualized message hides its tail: the run it belongs to is unknown from here on.
    runDirection = virtualized && own.source !== 'id-prefix' ? 'unknown' : direction;
    const { text, prePlainText } = virtualized ? { text: '', prePlainText: null } : messageText(element);
    const snapshot: MessageSnapshot = { element, id: parsed.id, rawId, chatJid: parsed.chatJid, participant: parsed.participant, direction, directionSource, text, prePlainText, virtualized };
    cache?.keep(snapshot);
    return snapshot;
  });
}

/** The chat JID most messages name (full-form ids only); null when none carries one. */
export function chatJidOfMessages(rawIds: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const raw of rawIds) {
    const jid = parseMessageId(raw).chatJid;
    if (jid) counts.set(jid, (counts.get(jid) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [jid, count] of counts) if (count > bestCount) [best, bestCount] = [jid, count];
  return best;
}
