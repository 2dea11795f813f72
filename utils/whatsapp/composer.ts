/**
 * The compose box: a Lexical rich-text editor that keeps its own model and ignores direct DOM writes
 * (whatsapp-dom.md §4, A.2). Text goes in through the editor's own input path; Zettel never sends.
 */
import { COMPOSE_BOX_CHAIN, FOOTER_CHAIN, SEND_BUTTON_CHAIN, VOICE_BUTTON_CHAIN, firstMatch, type Match } from './selectors.ts';
import { blockText } from './text.ts';

export type InsertMethod = 'execCommand' | 'beforeinput' | 'paste';

export interface InsertResult {
  ok: boolean;
  method: InsertMethod | null;
  /** The editor's text after the attempt, read back from its DOM. */
  text: string;
  reason?: 'no-composer' | 'not-inserted' | 'partial' | 'target-changed';
}

export function findComposeBox(pane: Element | null): Match<HTMLElement> | null {
  return firstMatch(COMPOSE_BOX_CHAIN, pane);
}

/**
 * Where the send/voice slot lives: the footer around the compose box; without one, the nearest ancestor
 * of the box holding buttons; without a box, the pane (the slot's own chains skip message icons).
 */
export function findFooter(pane: Element | null, box: Element | null): Element | null {
  const fromBox = box?.closest('footer');
  if (fromBox) return fromBox;
  const footer = firstMatch(FOOTER_CHAIN, pane)?.element;
  if (footer) return footer;
  let node = box?.parentElement ?? null;
  for (let depth = 0; node && node !== pane && depth < 6; depth++, node = node.parentElement) {
    if (node.querySelector('button, [role="button"]')) return node;
  }
  return pane;
}

/** The send button: exists only while the editor is non-empty. Never returns the voice button. */
export function findSendButton(footer: Element | null): Match | null {
  return firstMatch(SEND_BUTTON_CHAIN, footer);
}

export function findVoiceButton(footer: Element | null): Match | null {
  return firstMatch(VOICE_BUTTON_CHAIN, footer);
}

/** The editor's text: one line per paragraph, <br> inside a paragraph as a line break. */
export function readComposerText(box: Element): string {
  const blocks = [...box.children].filter((child) => /^(P|DIV|H\d|LI|BLOCKQUOTE)$/.test(child.tagName));
  if (blocks.length === 0) return blockText(box).replace(/\u200b/g, '');
  return blocks.map(blockText).join('\n').replace(/\u200b/g, '');
}

/** Caret at the very end, through the DOM selection (Lexical syncs its own selection from it on focus). */
export function placeCaretAtEnd(box: HTMLElement): void {
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
  // Lexical reads the selection on selectionchange; make sure it has a chance to see the new one.
  doc.dispatchEvent(new Event('selectionchange'));
}

/** Lexical reconciles its DOM in a microtask after each input: let it, before the next step or a read. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * execCommand is deprecated and absent in some environments: false then, instead of a throw. Its return
 * value says nothing about success: an editor that handles `beforeinput` itself cancels it, and Firefox
 * then answers false although the text arrived. Reading the editor back is what counts.
 */
function exec(doc: Document, command: string, value?: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    doc.execCommand(command, false, value);
    return true;
  } catch {
    return false;
  }
}

/** Between two steps of an insertion: false stops it (the compose box is no longer the one meant). */
type KeepGoing = () => boolean;

async function insertWithExecCommand(box: HTMLElement, text: string, keepGoing: KeepGoing): Promise<void> {
  const doc = box.ownerDocument;
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!keepGoing()) return;
    // A paragraph per line keeps the breaks in the editor's model; a raw "\n" in insertText may not.
    if (index > 0) {
      if (!exec(doc, 'insertParagraph')) return;
      await settle();
    }
    if (line) {
      if (!exec(doc, 'insertText', line)) return;
      await settle();
    }
  }
}

/**
 * Synthetic `beforeinput` events carrying the text as a string: Lexical inserts their `data` at its own
 * caret. Strings cross from the content script to the page in every browser.
 */
async function insertWithBeforeInput(box: HTMLElement, text: string, keepGoing: KeepGoing): Promise<void> {
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!keepGoing()) return;
    if (index > 0) {
      box.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertParagraph', bubbles: true, cancelable: true }));
      await settle();
    }
    if (line) {
      box.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: line, bubbles: true, cancelable: true }));
      await settle();
    }
  }
}

/**
 * A synthetic paste with a DataTransfer. Seen failing in Firefox ESR: the page's handler gets an empty
 * DataTransfer whichever world builds the event, which is why beforeinput comes first.
 */
async function insertWithPaste(box: HTMLElement, text: string): Promise<void> {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await settle();
}

const INSERTERS: Record<InsertMethod, (box: HTMLElement, text: string, keepGoing: KeepGoing) => Promise<void>> = {
  execCommand: insertWithExecCommand,
  beforeinput: insertWithBeforeInput,
  paste: insertWithPaste,
};

async function clearEditor(box: HTMLElement): Promise<void> {
  placeCaretAtEnd(box);
  exec(box.ownerDocument, 'selectAll');
  exec(box.ownerDocument, 'delete');
  await settle();
}

export interface InsertOptions {
  /** The methods to try, in order (tests force one). Default: execCommand, beforeinput, paste. */
  methods?: readonly InsertMethod[];
  /**
   * Checked before each line and after each method: false stops the insertion where it is, touching
   * nothing more (a send in progress whose chat was switched: the rest must not land in another chat).
   */
  keepGoing?: KeepGoing;
}

export const DEFAULT_INSERT_METHODS: readonly InsertMethod[] = ['execCommand', 'beforeinput', 'paste'];

/**
 * Appends `text` at the end of the draft through the editor's own input path: focus → caret to the end →
 * a method, verified by reading the editor back; the next method only when nothing arrived. A partly
 * inserted text in an empty draft is cleared before the next method, so the text never ends up twice;
 * an existing draft is never cleared.
 */
export async function insertText(box: HTMLElement | null, text: string, options: InsertOptions = {}): Promise<InsertResult> {
  if (!box) return { ok: false, method: null, text: '', reason: 'no-composer' };
  const methods = options.methods ?? DEFAULT_INSERT_METHODS;
  // One line break form: a CRLF or Unicode separator (a template pasted from elsewhere) would be
  // inserted raw and never read back as written, so the insertion would be taken for a failure.
  text = text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  const before = readComposerText(box);
  // Read back the way readComposerText reads: without U+200B (Lexical's placeholder), so a text that
  // itself contains one (a pasted name, a template) is not taken for a failed insertion and cleared.
  const expected = (before + text).replace(/\u200b/g, '');
  const keepGoing = options.keepGoing ?? (() => true);
  for (const method of methods) {
    if (!keepGoing()) return { ok: false, method, text: readComposerText(box), reason: 'target-changed' };
    box.focus();
    placeCaretAtEnd(box);
    await INSERTERS[method](box, text, keepGoing);
    if (!keepGoing()) return { ok: false, method, text: readComposerText(box), reason: 'target-changed' };
    let now = readComposerText(box);
    if (now === expected) return { ok: true, method, text: now };
    if (now === before) continue;
    if (before !== '') return { ok: false, method, text: now, reason: 'partial' };
    await clearEditor(box);
    now = readComposerText(box);
    if (now !== '') return { ok: false, method, text: now, reason: 'partial' };
  }
  return { ok: false, method: methods.at(-1) ?? null, text: readComposerText(box), reason: 'not-inserted' };
}
