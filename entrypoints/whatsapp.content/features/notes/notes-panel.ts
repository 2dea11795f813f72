/**
 * The notes panel (`data-zettel="notes"`): a plain-text field for the open chat, floating over the
 * right edge of the conversation below its header. It stays open across chat switches and shows the
 * new chat's note; Esc or the close button closes it and returns focus to the header button.
 * The chat title and the note are untrusted: text only (textContent / value).
 */
import type { Translate } from '../flags/waiting-age.ts';
import { createShadowHost, keepKeysInside, type ShadowHost } from '../overview/shadow-host.ts';
import type { SaveState } from './note-saver.ts';
import { listen } from '../../ui/listen.ts';

/** The stored limit (LIMITS.noteText in the records module, which content scripts do not import). */
const NOTE_MAX_LENGTH = 100_000;

const CSS = `
:host { all: initial; position: fixed; z-index: 900; display: block; }
:host([hidden]) { display: none !important; }
.panel { width: 320px; max-width: calc(100vw - 32px); display: flex; flex-direction: column; gap: 8px; box-sizing: border-box;
  padding: 12px; border-radius: 10px; background: #fff; color: #111b21; border: 1px solid #d1d7db; box-shadow: 0 6px 24px rgba(0,0,0,.2);
  font: 14px/1.4 system-ui, sans-serif; }
:host([data-theme="dark"]) .panel { background: #233138; color: #e9edef; border-color: #3b4a54; }
.head { display: flex; align-items: center; gap: 8px; }
h2 { flex: 1; margin: 0; font: 600 14px/1.3 system-ui, sans-serif; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button { border: 0; background: transparent; color: inherit; cursor: pointer; font: 18px/1 system-ui, sans-serif; padding: 4px 6px; border-radius: 6px; }
button:hover, button:focus-visible { background: rgba(134,150,160,.2); }
textarea { box-sizing: border-box; width: 100%; min-height: 180px; max-height: 60vh; resize: vertical; padding: 8px; border-radius: 6px; font: 14px/1.45 system-ui, sans-serif;
  border: 1px solid #d1d7db; background: transparent; color: inherit; unicode-bidi: plaintext; }
:host([data-theme="dark"]) textarea { border-color: #3b4a54; }
textarea:focus { outline: 2px solid #00a884; outline-offset: -1px; }
.status { min-height: 1.2em; font-size: 12px; color: #667781; }
:host([data-theme="dark"]) .status { color: #8696a0; }
.status[data-state="failed"] { color: #d63a23; }
`;

export interface NotesPanelOptions {
  t: Translate;
  signal: AbortSignal;
  onInput(text: string): void;
  onBlur(): void;
  onClose(): void;
}

export class NotesPanel {
  private readonly shadow: ShadowHost;
  private readonly heading: HTMLHeadingElement;
  private readonly field: HTMLTextAreaElement;
  private readonly status: HTMLElement;
  private readonly panel: HTMLElement;

  constructor(private readonly options: NotesPanelOptions) {
    const { t, signal } = options;
    this.shadow = createShadowHost('notes', CSS);
    keepKeysInside(this.shadow.host, signal);
    const doc = this.shadow.host.ownerDocument;
    this.panel = doc.createElement('section');
    this.panel.className = 'panel';
    this.panel.setAttribute('role', 'region');
    const head = doc.createElement('div');
    head.className = 'head';
    this.heading = doc.createElement('h2');
    this.heading.id = 'zt-notes-title';
    this.panel.setAttribute('aria-labelledby', this.heading.id);
    const close = doc.createElement('button');
    close.type = 'button';
    close.dataset.zettelAction = 'close-notes';
    close.setAttribute('aria-label', t('notes_close'));
    close.title = t('notes_close');
    close.textContent = '×';
    listen(close, 'click', () => options.onClose(), { signal });
    head.append(this.heading, close);
    this.field = doc.createElement('textarea');
    this.field.dataset.zettel = 'notes-text';
    this.field.maxLength = NOTE_MAX_LENGTH;
    this.field.setAttribute('aria-label', t('notes_field_label'));
    this.field.placeholder = t('notes_placeholder');
    this.field.spellcheck = true;
    listen(this.field, 'input', () => options.onInput(this.field.value), { signal });
    listen(this.field, 'blur', () => options.onBlur(), { signal });
    listen(
      this.panel,
      'keydown',
      (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          options.onClose();
        }
      },
      { signal },
    );
    this.status = doc.createElement('div');
    this.status.className = 'status';
    this.status.dataset.zettel = 'notes-status';
    this.status.setAttribute('aria-live', 'polite');
    this.panel.append(head, this.field, this.status);
    this.shadow.root.append(this.panel);
    this.shadow.host.hidden = true;
    signal.addEventListener('abort', () => this.shadow.remove(), { once: true });
  }

  get isOpen(): boolean {
    return !this.shadow.host.hidden;
  }

  get text(): string {
    return this.field.value;
  }

  get hasFocus(): boolean {
    return this.shadow.root.activeElement === this.field;
  }

  /** Shows the chat's note; `focus` moves the caret to its end. */
  show(chatTitle: string, text: string, focus: boolean): void {
    this.heading.textContent = this.options.t('notes_panel_title', chatTitle);
    if (this.field.value !== text) this.field.value = text;
    this.setState('idle');
    this.shadow.host.hidden = false;
    if (focus) {
      this.field.focus();
      this.field.setSelectionRange(text.length, text.length);
    }
  }

  hide(): void {
    this.shadow.host.hidden = true;
  }

  /** Below the conversation header, at the right edge of the conversation. */
  place(headerRect: DOMRect | null, theme: string): void {
    this.shadow.setTheme(theme);
    const top = headerRect ? Math.round(headerRect.bottom + 8) : 72;
    const right = headerRect ? Math.max(8, Math.round(window.innerWidth - headerRect.right + 16)) : 16;
    // The host is the fixed box (an empty host would count as invisible to tests and a11y tools).
    this.shadow.host.style.top = `${top}px`;
    this.shadow.host.style.right = `${right}px`;
    this.field.style.maxHeight = `${Math.max(120, window.innerHeight - top - 140)}px`;
  }

  setState(state: SaveState): void {
    const { t } = this.options;
    const text = state === 'saving' || state === 'pending' ? t('notes_status_saving') : state === 'saved' ? t('notes_status_saved') : state === 'failed' ? t('notes_status_failed') : '';
    this.status.dataset.state = state;
    if (this.status.textContent !== text) this.status.textContent = text;
  }
}
