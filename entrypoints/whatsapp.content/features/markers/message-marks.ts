/**
 * Marks inside the open chat's messages:
 * - the marker chip (`data-zettel="message-marker"`) inside a marked message's wrapper, placed again
 *   whenever WhatsApp re-creates the message's content (it unmounts far-away messages and re-renders);
 * - the "mark" action (`data-zettel-action="mark-message"`): ONE button that moves to the message under
 *   the pointer or holding the keyboard focus, so thousands of loaded messages cost no extra nodes.
 */
import type { MarkerRecord, LabelRecord } from '../../../../utils/messaging/protocol.ts';
import type { Direction } from '../../../../utils/whatsapp/messages.ts';
import { messageActionPlace, messageIdOf, messageMarkPlace, messageWrapperOf, placeInMessage } from '../../../../utils/whatsapp/message-actions.ts';
import type { Translate } from '../flags/waiting-age.ts';
import { markerSummary } from './marker-info.ts';
import { listen } from '../../ui/listen.ts';

const CHIP = 'message-marker';
const HOVER_ATTRIBUTE = 'data-zt-msg';

/** Presses on our controls must not reach WhatsApp (message selection, reactions on double-click). */
export function isolatePresses(element: HTMLElement): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'contextmenu'] as const) {
    listen(element, type, (event) => event.stopPropagation());
  }
}

export interface ChipHandlers {
  t: Translate;
  /** Opens the marker menu for the message of this chip. */
  onEdit(messageId: string, anchor: HTMLElement): void;
  /** Resolves an open marker, reopens a resolved one. */
  onToggle(marker: MarkerRecord): void;
}

function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function createChip(doc: Document, handlers: ChipHandlers): HTMLElement {
  const chip = doc.createElement('div');
  chip.dataset.zettel = CHIP;
  chip.className = 'zt-marker';
  chip.setAttribute('role', 'group');
  const dot = doc.createElement('span');
  dot.className = 'zt-marker-dot';
  const text = doc.createElement('span');
  text.className = 'zt-marker-text';
  text.dir = 'auto';
  const state = doc.createElement('span');
  state.className = 'zt-marker-state';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.className = 'zt-marker-toggle';
  chip.append(dot, text, state, toggle);
  isolatePresses(chip);
  listen(chip, 'click', (event) => {
    const id = chip.getAttribute('data-message-id');
    if (!id) return;
    const marker = (chip as ChipElement).ztMarker;
    if (event.target instanceof Node && toggle.contains(event.target)) {
      if (marker) handlers.onToggle(marker);
    } else handlers.onEdit(id, chip);
  });
  return chip;
}

type ChipElement = HTMLElement & { ztMarker?: MarkerRecord };

/** Brings the chip of a mounted message in line with its marker (or removes it: no marker). */
export function renderChip(wrapper: HTMLElement, marker: MarkerRecord | undefined, labels: readonly LabelRecord[], handlers: ChipHandlers): void {
  const existing = wrapper.querySelector<ChipElement>(`[data-zettel="${CHIP}"]`);
  if (!marker) {
    existing?.remove();
    return;
  }
  const place = messageMarkPlace(wrapper);
  if (!place) return; // unmounted: placed again when WhatsApp mounts the content
  const { t } = handlers;
  const chip: ChipElement = existing ?? createChip(wrapper.ownerDocument, handlers);
  chip.ztMarker = marker;
  placeInMessage(chip, place);
  const summary = markerSummary(marker, labels, t('markers_chip_marked'));
  const resolved = marker.status === 'resolved';
  setAttr(chip, 'data-message-id', marker.messageId);
  setAttr(chip, 'data-state', marker.status);
  // The state only: the label name and the note are the chip's visible text, never an attribute (docs/security.md).
  setAttr(chip, 'aria-label', resolved ? t('markers_chip_aria_done') : t('markers_chip_aria_open'));
  if (chip.style.getPropertyValue('--zt-marker-color') !== marker.color) chip.style.setProperty('--zt-marker-color', marker.color);
  const [, text, state, toggle] = Array.from(chip.children) as HTMLElement[];
  setText(text!, summary);
  setText(state!, resolved ? `✓ ${t('markers_chip_done')}` : '');
  setAttr(toggle!, 'data-zettel-action', resolved ? 'reopen-marker' : 'resolve-marker');
  setAttr(toggle!, 'aria-label', resolved ? t('markers_chip_reopen_aria') : t('markers_chip_resolve_aria'));
  setText(toggle!, resolved ? t('markers_reopen') : t('markers_resolve'));
}

/** Chips of every mounted message in `wrappers`. */
export function renderChips(wrappers: Iterable<HTMLElement>, markers: ReadonlyMap<string, MarkerRecord>, labels: readonly LabelRecord[], handlers: ChipHandlers): void {
  for (const wrapper of wrappers) {
    const id = messageIdOf(wrapper);
    if (id) renderChip(wrapper, markers.get(id), labels, handlers);
  }
}

export function removeAllChips(root: ParentNode): void {
  for (const chip of root.querySelectorAll(`[data-zettel="${CHIP}"]`)) chip.remove();
}

export interface RoamingActionOptions {
  t: Translate;
  signal: AbortSignal;
  /** The messages region now (WhatsApp replaces it on every chat switch). */
  region(): Element | null;
  direction(wrapper: HTMLElement): Direction;
  isMarked(messageId: string): boolean;
  onPress(wrapper: HTMLElement, messageId: string, button: HTMLButtonElement): void;
}

/**
 * The one 🔖 action, moved into the message under the pointer or focus. `followRerender` puts it back
 * after WhatsApp re-created that message under a still pointer.
 */
export function startRoamingAction(doc: Document, options: RoamingActionOptions): { refresh(): void; followRerender(): void } {
  const { t } = options;
  const holder = doc.createElement('span');
  holder.className = 'zt-msg-tools';
  holder.dataset.zettel = 'message-tools';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'zt-msg-action';
  button.dataset.zettelAction = 'mark-message';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.textContent = '🔖';
  holder.append(button);
  isolatePresses(holder);
  let current: HTMLElement | null = null;

  const label = () => {
    const id = current ? messageIdOf(current) : null;
    const marked = id !== null && options.isMarked(id);
    setAttr(button, 'data-marked', String(marked));
    setAttr(button, 'aria-label', marked ? t('markers_action_edit') : t('markers_action_mark'));
    button.title = button.getAttribute('aria-label') ?? '';
  };
  const moveTo = (target: EventTarget | null) => {
    if (!(target instanceof Node) || holder.contains(target)) return;
    const region = options.region();
    if (!region?.contains(target)) return;
    const wrapper = messageWrapperOf(target);
    if (!wrapper) return;
    const place = messageActionPlace(wrapper);
    if (!place) return;
    if (current !== wrapper) current?.removeAttribute(HOVER_ATTRIBUTE);
    current = wrapper;
    if (!wrapper.hasAttribute(HOVER_ATTRIBUTE)) wrapper.setAttribute(HOVER_ATTRIBUTE, '');
    setAttr(holder, 'data-direction', options.direction(wrapper) === 'out' ? 'out' : 'in');
    placeInMessage(holder, place);
    label();
  };
  // Where the pointer is, while it is over a message: WhatsApp may re-create the message under a still
  // pointer (no new pointerover) and `followRerender` puts the action back there. Only over a message,
  // as elementFromPoint costs a layout; judged by the message, not the region, which right after a
  // re-render may still be the old, detached one.
  let pointer: { x: number; y: number } | null = null;
  listen(
    doc,
    'pointerover',
    (event) => {
      const target = event.target instanceof Node ? event.target : null;
      // Over the action itself the pointer is still over its message.
      if (!target || !holder.contains(target)) pointer = target && messageWrapperOf(target) ? { x: event.clientX, y: event.clientY } : null;
      moveTo(target);
    },
    { signal: options.signal, capture: true, passive: true },
  );
  listen(
    doc,
    'pointermove',
    (event) => {
      if (pointer) pointer = { x: event.clientX, y: event.clientY };
    },
    { signal: options.signal, capture: true, passive: true },
  );
  listen(doc, 'focusin', (event) => moveTo(event.target), { signal: options.signal, capture: true });
  listen(button, 'click', () => {
    const id = current ? messageIdOf(current) : null;
    if (current && id) options.onPress(current, id, button);
  });
  options.signal.addEventListener(
    'abort',
    () => {
      holder.remove();
      current?.removeAttribute(HOVER_ATTRIBUTE);
    },
    { once: true },
  );
  const followRerender = () => {
    if (holder.isConnected || !pointer) return;
    moveTo(doc.elementFromPoint(pointer.x, pointer.y));
  };
  return { refresh: label, followRerender };
}
