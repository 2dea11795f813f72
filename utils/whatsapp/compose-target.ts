/**
 * Where a send goes, pinned down once when the chat is judged (issue 15.5): the conversation pane, its
 * compose box, the footer around the box and the header title then. Before Zettel presses send, the
 * send button must sit in that same footer, and pane, footer and box must still be the connected,
 * current ones showing the same title — read from the DOM at that moment, not from the last observer
 * batch, which lags a chat switch by a frame. WhatsApp re-mounts `#main` per chat and re-renders the
 * footer after each send (whatsapp-dom.md A.2), so any switch in between breaks the chain.
 */
import { findComposeBox, findFooter, findSendButton } from './composer.ts';
import { findConversation, findHeader, headerTitle } from './conversation.ts';

export interface ComposeTarget {
  pane: Element;
  box: HTMLElement;
  footer: Element;
  title: string;
}

export type SendButtonCheck =
  | { ok: true; button: HTMLElement }
  | { ok: false; reason: 'target-gone' | 'other-chat' | 'other-footer' | 'no-send-button' };

export function findComposeTarget(doc: ParentNode): ComposeTarget | null {
  const pane = findConversation(doc)?.element ?? null;
  const box = findComposeBox(pane)?.element ?? null;
  const footer = pane && box ? findFooter(pane, box) : null;
  if (!pane || !box || !footer || footer === pane) return null;
  return { pane, box, footer, title: headerTitle(findHeader(pane)?.element ?? null) };
}

/** Whether the target is still the compose box of the chat on screen (every part connected, same pane, same title). */
export function targetStillCurrent(doc: ParentNode, target: ComposeTarget): SendButtonCheck | null {
  if (!target.pane.isConnected || !target.footer.isConnected || !target.box.isConnected) return { ok: false, reason: 'target-gone' };
  const pane = findConversation(doc)?.element ?? null;
  if (pane !== target.pane || headerTitle(findHeader(pane)?.element ?? null) !== target.title) return { ok: false, reason: 'other-chat' };
  if (findComposeBox(pane)?.element !== target.box || !target.footer.contains(target.box) || findFooter(pane, target.box) !== target.footer) {
    return { ok: false, reason: 'other-footer' };
  }
  return null;
}

/** The send button to press for this target, or why there is none. */
export function sendButtonOfTarget(doc: ParentNode, target: ComposeTarget): SendButtonCheck {
  const broken = targetStillCurrent(doc, target);
  if (broken) return broken;
  const found = findSendButton(target.footer)?.element ?? null;
  const pressable = (found?.closest('button, [role="button"]') ?? found) as HTMLElement | null;
  if (!pressable) return { ok: false, reason: 'no-send-button' };
  // The button's own element may be wrapped; what is pressed must still be inside this footer.
  if (!target.footer.contains(pressable)) return { ok: false, reason: 'other-footer' };
  return { ok: true, button: pressable };
}
