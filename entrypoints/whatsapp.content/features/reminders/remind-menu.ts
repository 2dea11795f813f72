/**
 * The header's reminder control: a button (`data-zettel-action="remind"`, showing the pending time)
 * and its menu (`data-zettel="remind-menu"`): presets (`data-zettel-action="remind-at"`,
 * `data-preset`), a chosen time (`data-zettel="remind-custom-time"` + `data-zettel-action="remind-custom"`)
 * and, when one is pending, `data-zettel-action="cancel-reminder"`.
 */
import type { Translate } from '../flags/waiting-age.ts';
import { morningLabel } from '../../../../utils/reminders/morning-time.ts';
import { REMINDER_PRESETS, type ReminderPreset } from './reminder-times.ts';
import { listen } from '../../ui/listen.ts';

export interface RemindMenuOptions {
  t: Translate;
  signal: AbortSignal;
  onPreset(preset: ReminderPreset): void;
  /** The datetime-local value; returns false when it is not a future time. */
  onChosen(value: string): boolean;
  onCancel(): void;
}

/** The preset's text; the morning presets show the configured time ("Morgen um 7:30"). */
function presetText(preset: ReminderPreset, morningTime: string, t: Translate): string {
  switch (preset) {
    case 'in-1h':
      return t('remind_in_1h');
    case 'in-3h':
      return t('remind_in_3h');
    case 'tomorrow-8':
      return t('reminders_tomorrow_at', morningLabel(morningTime));
    case 'monday-8':
      return t('reminders_monday_at', morningLabel(morningTime));
  }
}

function menuButton(doc: Document, text: string, action: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.zettelAction = action;
  button.textContent = text;
  return button;
}

export function ensureRemindControl(slot: HTMLElement, options: RemindMenuOptions): { button: HTMLButtonElement; menu: HTMLElement } {
  const existing = slot.querySelector<HTMLButtonElement>('[data-zettel-action="remind"]');
  const existingMenu = slot.querySelector<HTMLElement>('[data-zettel="remind-menu"]');
  if (existing && existingMenu) return { button: existing, menu: existingMenu };
  const { t } = options;
  const doc = slot.ownerDocument;
  const button = menuButton(doc, '', 'remind');
  button.className = 'zt-header-button';
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  const menu = doc.createElement('div');
  menu.dataset.zettel = 'remind-menu';
  menu.className = 'zt-menu';
  menu.hidden = true;
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', t('remind_menu_label'));
  const close = () => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  listen(button, 'click', () => {
    menu.hidden = !menu.hidden;
    button.setAttribute('aria-expanded', String(!menu.hidden));
  });
  for (const preset of REMINDER_PRESETS) {
    // Its text comes with renderRemindControl, which follows the morning-time setting.
    const item = menuButton(doc, '', 'remind-at');
    item.dataset.preset = preset;
    listen(item, 'click', () => {
      close();
      options.onPreset(preset);
    });
    menu.append(item);
  }
  const custom = doc.createElement('label');
  const caption = doc.createElement('span');
  caption.textContent = t('remind_chosen_time');
  const input = doc.createElement('input');
  input.type = 'datetime-local';
  input.dataset.zettel = 'remind-custom-time';
  custom.append(caption, input);
  const set = menuButton(doc, t('remind_set'), 'remind-custom');
  const note = doc.createElement('div');
  note.className = 'zt-menu-note';
  note.setAttribute('role', 'alert');
  listen(set, 'click', () => {
    if (options.onChosen(input.value)) {
      note.textContent = '';
      close();
    } else note.textContent = t('remind_invalid_time');
  });
  const cancel = menuButton(doc, t('remind_cancel'), 'cancel-reminder');
  cancel.hidden = true;
  listen(cancel, 'click', () => {
    close();
    options.onCancel();
  });
  menu.append(custom, set, note, cancel);
  listen(
    doc,
    'pointerdown',
    (event) => {
      if (!menu.hidden && event.target instanceof Node && !menu.contains(event.target) && !button.contains(event.target)) close();
    },
    { signal: options.signal, capture: true },
  );
  listen(
    doc,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && !menu.hidden) close();
    },
    { signal: options.signal, capture: true },
  );
  slot.append(button, menu);
  return { button, menu };
}

/**
 * The button's text and name show the pending reminder's time, if any; cancel shows only then; the
 * presets show the configured morning time.
 */
export function renderRemindControl(
  control: { button: HTMLButtonElement; menu: HTMLElement },
  pendingAt: string | null,
  morningTime: string,
  t: Translate,
): void {
  for (const item of control.menu.querySelectorAll<HTMLElement>('[data-zettel-action="remind-at"]')) {
    const preset = REMINDER_PRESETS.find((candidate) => candidate === item.dataset.preset);
    const text = preset ? presetText(preset, morningTime, t) : '';
    if (preset && item.textContent !== text) item.textContent = text;
  }
  const text = pendingAt ? `⏰ ${pendingAt}` : `⏰ ${t('remind_button')}`;
  if (control.button.textContent !== text) control.button.textContent = text;
  const label = pendingAt ? t('remind_pending', pendingAt) : t('remind_label');
  if (control.button.getAttribute('aria-label') !== label) control.button.setAttribute('aria-label', label);
  const cancel = control.menu.querySelector<HTMLElement>('[data-zettel-action="cancel-reminder"]');
  if (cancel && cancel.hidden !== !pendingAt) cancel.hidden = !pendingAt;
}
