/**
 * The jump's status line (`data-zettel="jump-status"`, `data-state`): progress with a cancel button
 * while the chat opens and older messages load, then — only when the message was not reached — a clear
 * notice with a close button. One per page; plain elements, textContent only.
 */
import type { Translate } from '../flags/waiting-age.ts';
import { listen } from '../../ui/listen.ts';

export type JumpStatusState = 'opening' | 'searching' | 'not-found' | 'gave-up' | 'chat-not-found' | 'cancelled';

const NOTICE_MS = 12_000;

export class JumpStatusView {
  private element: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private action: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    /** Replaced by each jump: the UI language may have changed since the last one. */
    public t: Translate,
  ) {}

  /** Progress: `onCancel` is the cancel button's action. */
  progress(state: 'opening' | 'searching', text: string, onCancel: () => void): void {
    this.render(state, text, 'cancel-jump', this.t('markers_cancel'), onCancel);
  }

  /** A final notice; it closes itself after a while or with its button. */
  notice(state: Exclude<JumpStatusState, 'opening' | 'searching'>, text: string): void {
    this.render(state, text, 'dismiss-jump-status', this.t('markers_notice_close'), () => this.hide());
    this.timer = setTimeout(() => this.hide(), NOTICE_MS);
  }

  hide(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.element?.remove();
    this.element = null;
  }

  private render(state: JumpStatusState, text: string, action: string, actionLabel: string, onAction: () => void): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const doc = this.doc;
    let element = this.element;
    if (!element || !element.isConnected) {
      element = doc.createElement('div');
      element.dataset.zettel = 'jump-status';
      element.className = 'zt-jump-status';
      element.setAttribute('role', 'status');
      element.setAttribute('aria-live', 'polite');
      element.setAttribute('aria-label', this.t('markers_jump_region'));
      const message = doc.createElement('span');
      const button = doc.createElement('button');
      button.type = 'button';
      // One listener for the element's life; it runs whatever the current state's action is.
      listen(button, 'click', () => this.action?.());
      element.append(message, button);
      doc.body.append(element);
      this.element = element;
    }
    element.setAttribute('data-state', state);
    const [message, button] = Array.from(element.children) as [HTMLElement, HTMLButtonElement];
    if (message.textContent !== text) message.textContent = text;
    button.dataset.zettelAction = action;
    button.textContent = actionLabel;
    this.action = onAction;
  }
}
