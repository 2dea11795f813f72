/**
 * The compose footer with a Lexical-like editor (whatsapp-dom.md §4, A.2 composer): the editor keeps its
 * own model and re-renders the DOM from it. Only its input path changes the model: beforeinput (what
 * execCommand('insertText') and real typing produce), paste events, and its own key bindings. Direct DOM
 * writes are detected by a MutationObserver and undone; the send button then does not appear.
 *
 * Caret: the model tracks the selection from `selectionchange`. Trusted input (real keys, execCommand,
 * real paste) also reads the live DOM selection, as the browser's own editing does; a synthetic,
 * script-dispatched beforeinput/paste inserts at the model caret — so setting a DOM selection and
 * dispatching at once inserts at the OLD caret (Harper PR #2563).
 */
import { sx } from './atoms.ts';
import type { Ctx } from './context.ts';
import type { Chat } from './data.ts';
import { h, icon } from './dom.ts';
import { EditorModel, type Pos } from './editor-model.ts';

export { EditorModel } from './editor-model.ts';

const paragraphStyle = 'text-indent:0px;margin-top:0px;margin-bottom:0px;';

/**
 * Lines of editor-like DOM: blocks (p/div) and <br> break lines; a block's last <br> is only Lexical's
 * placeholder for an empty line. Text that a browser put straight into the editor next to an empty
 * paragraph (Firefox does, for a caret at the editor level) belongs to that paragraph, as Lexical's
 * selection normalisation would have put it there.
 */
function parseLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  let open = false;
  let afterEmptyBlock = false;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!open && afterEmptyBlock && node === root) lines.pop();
        current += child.textContent ?? '';
        open = true;
        afterEmptyBlock = false;
      } else if (child.nodeName === 'BR') {
        const placeholder = !child.nextSibling && node !== root;
        if (!placeholder) {
          lines.push(current);
          current = '';
        }
        open = true;
        afterEmptyBlock = false;
      } else if (child.nodeName === 'P' || child.nodeName === 'DIV') {
        if (open) lines.push(current);
        current = '';
        open = true;
        walk(child);
        lines.push(current);
        afterEmptyBlock = node === root && current === '';
        current = '';
        open = false;
      } else walk(child);
    }
  };
  walk(root);
  if (open) lines.push(current);
  return lines;
}

export class ComposerView {
  readonly footer: HTMLElement;
  readonly editor: HTMLElement;
  private readonly placeholder: HTMLElement;
  private readonly slot: HTMLElement;
  private sendButton: HTMLElement | null = null;
  private voiceButton: HTMLButtonElement | null = null;
  private readonly mo: MutationObserver;
  private readonly cleanup: Array<() => void> = [];
  private readonly paragraphClass = `selectable-text copyable-text ${sx({ 'white-space': 'pre-wrap', 'overflow-wrap': 'anywhere' })}`;

  constructor(
    private readonly ctx: Ctx,
    private readonly chat: Chat,
    readonly model: EditorModel,
    private readonly onSend: () => void,
  ) {
    const { s } = ctx;
    const removed = ctx.removed('compose-box');
    const renamed = ctx.renamed('compose-box');
    const de = ctx.options.lang === 'de';
    const label = ctx.legacy ? s.composeLegacy : s.composeTo(chat.title, chat.kind === 'group');
    this.editor = h('div', {
      contenteditable: 'true',
      role: removed ? null : 'textbox',
      spellcheck: 'true',
      'data-tab': ctx.hook('compose-box', '10', '11'),
      tabindex: '10',
      'data-lexical-editor': removed ? null : 'true',
      'aria-label': removed ? null : renamed ? (de ? 'Nachricht schreiben' : 'Write a message') : label,
      'aria-placeholder': removed ? null : renamed ? (de ? 'Nachricht schreiben' : 'Write a message') : s.placeholder,
      'aria-autocomplete': 'list',
      'aria-owns': 'emoji-suggestion',
      'aria-multiline': 'true',
      'data-testid': ctx.legacy ? ctx.testid('compose-box', 'conversation-compose-box-input', 'composer-input') : null,
      class: sx({ outline: 'none', 'min-height': '20px', 'max-height': '120px', 'overflow-y': 'auto', 'user-select': 'text', 'white-space': 'pre-wrap', padding: '9px 12px' }),
    });
    this.placeholder = h('div', { 'aria-hidden': 'true', class: sx({ position: 'absolute', left: '12px', top: '9px', 'pointer-events': 'none', color: 'var(--WDS-content-deemphasized)' }) }, s.placeholder);
    const input = h('div', { class: `${removed ? '' : 'lexical-rich-text-input '}${sx({ position: 'relative', flex: '1', background: 'var(--WDS-surface-default)', 'border-radius': '8px', 'min-width': 0 })}` }, this.editor, this.placeholder);
    this.slot = h('div', { class: sx({ display: 'flex', width: '40px', 'justify-content': 'center' }) });
    const keepFocus = (e: Event) => e.preventDefault();
    const attach = h('button', { 'aria-label': s.attach, title: s.attach }, icon('plus-rounded'));
    const emoji = h('button', { 'aria-label': s.emoji }, icon(ctx.legacy ? 'smiley' : 'emoji-refreshed'));
    for (const b of [attach, emoji]) b.addEventListener('mousedown', keepFocus);
    const tag = removed ? 'div' : 'footer';
    this.footer = h(
      tag,
      { class: sx({ 'flex-shrink': 0, padding: '5px 16px', background: 'var(--WDS-surface-emphasized)' }) },
      h('div', {}), // reply preview slot (a quoted message while replying)
      h('div', { 'data-testid': ctx.testid('compose-box', 'compose-box', 'composer'), class: sx({ display: 'flex', 'align-items': 'center', gap: '8px' }) }, attach, emoji, input, this.slot),
    );
    this.mo = new MutationObserver(() => this.render());
    this.listen();
    this.render();
  }

  private listen(): void {
    const { editor, model } = this;
    editor.addEventListener('beforeinput', (event) => this.onBeforeInput(event));
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      if (event.isTrusted) this.syncSelectionFromDom();
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text) {
        model.insertText(text);
        this.render();
      }
    });
    editor.addEventListener('drop', (event) => event.preventDefault());
    // execCommand('insertText'/'delete'…) fires no beforeinput in Chromium: the browser edits the DOM and
    // then fires a trusted `input`. Lexical accepts such native edits; a script's own DOM write comes with
    // no trusted input event and is undone by the MutationObserver instead.
    editor.addEventListener('input', (event) => {
      if (event.isTrusted) this.reconcileFromDom();
    });
    editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && this.ctx.options.enterIsSend) {
        event.preventDefault();
        this.onSend();
        return;
      }
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) model.redo();
        else model.undo();
        this.render();
      }
    });
    const onSelection = () => this.syncSelectionFromDom();
    document.addEventListener('selectionchange', onSelection);
    this.cleanup.push(() => document.removeEventListener('selectionchange', onSelection));
  }

  private onBeforeInput(event: InputEvent): void {
    const { model } = this;
    if (event.inputType === 'insertCompositionText') return; // IME: not modelled
    event.preventDefault();
    if (event.isTrusted) this.syncSelectionFromDom();
    const data = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    switch (event.inputType) {
      case 'insertText':
      case 'insertReplacementText':
      case 'insertFromPaste':
      case 'insertFromDrop':
      case 'insertFromYank':
        model.insertText(data);
        break;
      case 'insertParagraph':
      case 'insertLineBreak':
        model.insertText('\n');
        break;
      case 'deleteContentBackward':
      case 'deleteByCut':
      case 'deleteContent':
        model.deleteBackward('char');
        break;
      case 'deleteWordBackward':
        model.deleteBackward('word');
        break;
      case 'deleteSoftLineBackward':
      case 'deleteHardLineBackward':
        model.deleteBackward('line');
        break;
      case 'deleteContentForward':
      case 'deleteWordForward':
        model.deleteForward();
        break;
      case 'historyUndo':
        model.undo();
        break;
      case 'historyRedo':
        model.redo();
        break;
      default:
        return; // formatting etc.: ignored
    }
    this.render();
  }

  /** DOM position → model position; null when outside the editor. */
  private toModel(node: Node | null, offset: number): Pos | null {
    const { editor } = this;
    if (!node || !editor.contains(node)) return null;
    if (node === editor) {
      const count = this.model.paragraphs.length;
      if (offset >= editor.childNodes.length) return this.model.end();
      return { p: Math.min(offset, count - 1), o: 0 };
    }
    let paragraph: Node = node;
    while (paragraph.parentNode && paragraph.parentNode !== editor) paragraph = paragraph.parentNode;
    const p = Array.prototype.indexOf.call(editor.childNodes, paragraph) as number;
    let o = 0;
    if (node.nodeType === Node.TEXT_NODE) {
      o = offset;
      // Text before this text node inside the same paragraph.
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t && t !== node; t = walker.nextNode()) o += t.textContent?.length ?? 0;
    } else {
      const children = Array.from(node.childNodes).slice(0, offset);
      o = children.reduce((sum, child) => sum + (child.textContent?.length ?? 0), 0);
      let n: Node | null = node;
      while (n && n !== paragraph) {
        let sibling = n.previousSibling;
        while (sibling) {
          o += sibling.textContent?.length ?? 0;
          sibling = sibling.previousSibling;
        }
        n = n.parentNode;
      }
    }
    return this.model.clamp({ p: Math.max(0, p), o });
  }

  private reconcileFromDom(): void {
    const { editor, model } = this;
    const paragraphs = parseLines(editor);
    let caret = { p: paragraphs.length - 1, o: (paragraphs[paragraphs.length - 1] ?? '').length };
    const selection = document.getSelection();
    if (selection && selection.rangeCount > 0 && selection.focusNode && editor.contains(selection.focusNode)) {
      const range = document.createRange();
      range.setStart(editor, 0);
      range.setEnd(selection.focusNode, selection.focusOffset);
      const before = parseLines(range.cloneContents());
      caret = { p: Math.max(0, before.length - 1), o: (before[before.length - 1] ?? '').length };
    }
    model.replaceAll(paragraphs, caret);
    this.render();
  }

  private syncSelectionFromDom(): void {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const anchor = this.toModel(selection.anchorNode, selection.anchorOffset);
    const focus = this.toModel(selection.focusNode, selection.focusOffset);
    if (anchor && focus) this.model.select(anchor, focus);
  }

  private toDom(pos: Pos): [Node, number] {
    const paragraph = this.editor.children[pos.p];
    if (!paragraph) return [this.editor, this.editor.childNodes.length];
    const text = paragraph.firstElementChild?.firstChild;
    return text && text.nodeType === Node.TEXT_NODE ? [text, Math.min(pos.o, text.textContent?.length ?? 0)] : [paragraph, 0];
  }

  /** DOM from the model: `<p><span data-lexical-text>…</span></p>` per paragraph, `<p><br></p>` when empty. */
  render(): void {
    const { editor, model } = this;
    this.mo.disconnect();
    const paragraphs = model.paragraphs.map((text) =>
      h('p', { class: this.paragraphClass, dir: 'ltr', style: paragraphStyle }, text ? h('span', { class: 'selectable-text copyable-text', 'data-lexical-text': 'true' }, text) : h('br')),
    );
    editor.replaceChildren(...paragraphs);
    if (document.activeElement === editor) {
      const selection = document.getSelection();
      const [anchorNode, anchorOffset] = this.toDom(model.anchor);
      const [focusNode, focusOffset] = this.toDom(model.focus);
      selection?.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
    }
    this.placeholder.style.display = model.paragraphs.length === 1 && model.paragraphs[0] === '' ? '' : 'none';
    this.updateSlot();
    this.mo.observe(editor, { childList: true, characterData: true, subtree: true });
  }

  /** Send and voice buttons share one slot (W11): send exists only while the model has text. */
  private updateSlot(): void {
    const { ctx } = this;
    const { s } = ctx;
    const wantSend = !this.model.isEmpty();
    if (wantSend && !this.sendButton) {
      const de = ctx.options.lang === 'de';
      // late-2026: a div[role=button] (the send button flipped between the two five times in a year).
      this.sendButton = h(
        ctx.late ? 'div' : 'button',
        { role: ctx.late ? 'button' : null, tabindex: ctx.late ? '0' : null, 'aria-label': ctx.hook('send-button', s.send, de ? 'Nachricht senden' : 'Send message'), 'data-tab': '11', class: sx({ color: 'var(--WDS-accent)' }) },
        icon(ctx.hook('send-button', 'wds-ic-send-filled', 'wds-ic-send'), {}, 'M2 21l21-9L2 3v7l15 2-15 2z'),
      );
      this.sendButton.addEventListener('mousedown', (e) => e.preventDefault());
      this.sendButton.addEventListener('click', () => this.onSend());
      this.voiceButton = null;
      this.slot.replaceChildren(this.sendButton);
    } else if (!wantSend && !this.voiceButton) {
      this.voiceButton = h('button', { 'aria-label': s.voiceMessage, 'data-tab': '11' }, icon('mic-outlined'));
      this.voiceButton.addEventListener('mousedown', (e) => e.preventDefault());
      this.sendButton = null;
      this.slot.replaceChildren(this.voiceButton);
    }
  }

  /** The current-2026 aria-label names the chat; a rename changes it in place. */
  retitle(): void {
    const { ctx, chat } = this;
    if (ctx.legacy || ctx.mode('compose-box') !== null) return;
    this.editor.setAttribute('aria-label', ctx.s.composeTo(chat.title, chat.kind === 'group'));
  }

  hasSendButton(): boolean {
    return this.sendButton !== null && this.sendButton.isConnected;
  }

  domText(): string {
    return Array.from(this.editor.childNodes, (n) => n.textContent ?? '').join('\n');
  }

  focus(): void {
    this.editor.focus();
    this.render();
  }

  destroy(): void {
    this.mo.disconnect();
    for (const fn of this.cleanup) fn();
  }
}
