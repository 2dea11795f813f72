/**
 * Options › Labels: every label with its color and how many chats carry it; rename, recolor, reorder,
 * delete (after a confirmation; it also leaves every chat) and create new ones from the palette or any
 * color. Reads and writes the database directly (same origin) and re-renders on every committed write.
 * UI contract: data-zettel="label-list" with data-zettel="label-item" (data-label-id); actions
 * rename-label, recolor-label, move-label-up/down, delete-label, confirm-delete-label, create-label,
 * pick-color; data-zettel="new-label-name", data-zettel="labels-status" (data-state="ok|error").
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { openZettelDatabase } from '../../../utils/db/database.ts';
import { createLabel, deleteLabel, listChatLabels, listLabels, reorderLabels, updateLabel } from '../../../utils/db/repositories/labels.ts';
import { t } from '../../../utils/i18n.ts';
import { LABEL_PALETTE } from '../../../utils/labels/palette.ts';
import { LabelRow } from './LabelRow.tsx';
import './labels.css';

type Status = { state: 'ok' | 'error'; message: string } | null;

/** A refused write (e.g. a name that exists) becomes a message; nothing else can go wrong quietly. */
function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code === 'conflict' ? t('label_options_name_taken') : t('label_options_failed', [error instanceof Error ? error.message : String(error)]);
}

export function LabelsSection() {
  const db = openZettelDatabase();
  const labels = useLiveQuery(() => listLabels(db), [db]);
  const assignments = useLiveQuery(() => listChatLabels(db), [db]);
  const [status, setStatus] = useState<Status>(null);
  const [newName, setNewName] = useState('');
  const [newColor, setNewColor] = useState(LABEL_PALETTE[0]!);

  const run = async (task: () => Promise<unknown>, done?: string) => {
    try {
      await task();
      setStatus(done ? { state: 'ok', message: done } : null);
    } catch (error) {
      setStatus({ state: 'error', message: describeError(error) });
    }
  };

  const counts = new Map<string, number>();
  for (const row of assignments ?? []) counts.set(row.labelId, (counts.get(row.labelId) ?? 0) + 1);

  const move = (index: number, direction: -1 | 1) => {
    if (!labels) return;
    const ids = labels.map((label) => label.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + direction, 0, moved!);
    void run(() => reorderLabels(db, { ids }));
  };

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) return;
    void run(async () => {
      await createLabel(db, { name, color: newColor });
      setNewName('');
    }, t('label_options_created', [name]));
  };

  return (
    <>
      <p className="muted">{t('label_options_intro')}</p>
      <div className="card">
        {labels && labels.length === 0 && <p className="muted">{t('label_options_none')}</p>}
        <ol className="zt-labels-list" data-zettel="label-list">
          {(labels ?? []).map((label, index) => (
            <LabelRow
              key={label.id}
              label={label}
              chats={counts.get(label.id) ?? 0}
              first={index === 0}
              last={index === (labels?.length ?? 0) - 1}
              onRename={(name) => void run(() => updateLabel(db, { id: label.id, name }))}
              onRecolor={(color) => void run(() => updateLabel(db, { id: label.id, color }))}
              onMove={(direction) => move(index, direction)}
              onDelete={() => void run(() => deleteLabel(db, { id: label.id }), t('label_options_deleted', [label.name]))}
            />
          ))}
        </ol>
        <form className="zt-label-new" onSubmit={onCreate}>
          <input
            type="text"
            value={newName}
            maxLength={60}
            placeholder={t('label_options_new_placeholder')}
            aria-label={t('label_options_new_name')}
            data-zettel="new-label-name"
            onChange={(event) => setNewName(event.target.value)}
          />
          <div className="zt-palette" role="group" aria-label={t('label_options_palette')}>
            {LABEL_PALETTE.map((color) => (
              <button
                key={color}
                type="button"
                style={{ background: color }}
                aria-pressed={color === newColor}
                aria-label={t('label_options_pick_color', [color])}
                data-zettel-action="pick-color"
                onClick={() => setNewColor(color)}
              />
            ))}
          </div>
          <input type="color" value={newColor} aria-label={t('label_options_custom_color')} onChange={(event) => setNewColor(event.target.value)} />
          <button type="submit" data-zettel-action="create-label" disabled={!newName.trim()}>
            {t('label_options_create')}
          </button>
        </form>
        {status && (
          <p data-zettel="labels-status" data-state={status.state} role={status.state === 'error' ? 'alert' : 'status'}>
            {status.message}
          </p>
        )}
      </div>
    </>
  );
}
