/** One label in the options list: rename (on Enter or leaving the field), recolor, move, delete with confirmation. */
import { useState } from 'react';
import type { LabelRecord } from '../../../utils/db/records.ts';
import { t } from '../../../utils/i18n.ts';

export interface LabelRowProps {
  label: LabelRecord;
  chats: number;
  first: boolean;
  last: boolean;
  onRename(name: string): void;
  onRecolor(color: string): void;
  onMove(direction: -1 | 1): void;
  onDelete(): void;
}

export function LabelRow({ label, chats, first, last, onRename, onRecolor, onMove, onDelete }: LabelRowProps) {
  const [name, setName] = useState(label.name);
  const [confirming, setConfirming] = useState(false);
  // Editing starts from the stored name; a change from elsewhere (another window) shows when not editing.
  const [editing, setEditing] = useState(false);
  const shown = editing ? name : label.name;
  const commit = () => {
    setEditing(false);
    const trimmed = name.trim();
    if (trimmed && trimmed !== label.name) onRename(trimmed);
    else setName(label.name);
  };
  return (
    <li data-zettel="label-item" data-label-id={label.id}>
      <input
        type="color"
        value={label.color}
        aria-label={t('label_options_color_of', [label.name])}
        data-zettel-action="recolor-label"
        onChange={(event) => onRecolor(event.target.value)}
      />
      <input
        type="text"
        value={shown}
        maxLength={60}
        aria-label={t('label_options_name_of', [label.name])}
        data-zettel-action="rename-label"
        onFocus={() => {
          setName(label.name);
          setEditing(true);
        }}
        onChange={(event) => setName(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
          if (event.key === 'Escape') {
            setName(label.name);
            setEditing(false);
          }
        }}
      />
      <span className="muted zt-label-count">{t('label_options_chats', [String(chats)])}</span>
      <button type="button" disabled={first} aria-label={t('label_options_move_up', [label.name])} data-zettel-action="move-label-up" onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" disabled={last} aria-label={t('label_options_move_down', [label.name])} data-zettel-action="move-label-down" onClick={() => onMove(1)}>
        ↓
      </button>
      {confirming ? (
        <>
          <button type="button" className="danger" data-zettel-action="confirm-delete-label" onClick={onDelete}>
            {t('label_options_confirm_delete')}
          </button>
          <button type="button" data-zettel-action="cancel-delete-label" onClick={() => setConfirming(false)}>
            {t('label_options_cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="danger" aria-label={t('label_options_delete', [label.name])} data-zettel-action="delete-label" onClick={() => setConfirming(true)}>
          ✕
        </button>
      )}
    </li>
  );
}
