/**
 * Backup: export everything as one versioned JSON file, import one (strictly validated, previewed,
 * merged so the newer `updatedAt` wins, in one transaction), and delete all data after a confirmation.
 * UI contract: data-zettel-action="export-backup" | "import-backup" (the file input) | "confirm-import" |
 * "cancel-import" | "delete-all-data" | "confirm-delete-all-data"; data-zettel="backup-status" with
 * data-state="ok|error"; data-zettel="backup-progress" (a <progress>, data-task="export|preview|import") while a
 * chunked step runs.
 * In the preview data-zettel="backup-preview-settings" (one `li[data-setting]` per
 * setting the import changes) and data-zettel="backup-preview-auto-reply-off" (the file had the
 * automatic reply on: it arrives off, issue #15 point 3).
 */
import { useId, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { backupError, backupErrorMessageKey, type BackupError } from '../../utils/db/backup/errors.ts';
import { MAX_BACKUP_BYTES, type BackupFile } from '../../utils/db/backup/format.ts';
import type { Progress } from '../../utils/db/backup/chunks.ts';
import {
  backupFileName,
  exportBackupParts,
  importBackup,
  previewImport,
  previewSettingChanges,
  totalCounts,
  UnexportableRowError,
  type ImportPreview,
} from '../../utils/db/backup/transfer.ts';
import { validateBackupText, type BackupAdjustments } from '../../utils/db/backup/validate.ts';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { deleteAllData } from '../../utils/db/repositories/all-data.ts';
import { TABLE_NAMES, type TableName } from '../../utils/db/schema.ts';
import { t } from '../../utils/i18n.ts';

/** Spelled out, so the locale meta-test finds every key. */
const TABLE_TITLES: Record<TableName, string> = {
  chats: 'backup_table_chats',
  flags: 'backup_table_flags',
  labels: 'backup_table_labels',
  chatLabels: 'backup_table_chatLabels',
  reminders: 'backup_table_reminders',
  pins: 'backup_table_pins',
  markers: 'backup_table_markers',
  notes: 'backup_table_notes',
  templates: 'backup_table_templates',
  settings: 'backup_table_settings',
  awayReplies: 'backup_table_awayReplies',
};

type Status = { state: 'ok' | 'error'; message: string } | null;

/** A chunked step in progress: what runs and how far it got. */
type ShownProgress = Progress & { task: 'export' | 'preview' | 'import' };
const PROGRESS_LABELS: Record<ShownProgress['task'], string> = {
  export: 'backup_progressExport',
  preview: 'backup_progressPreview',
  import: 'backup_progressImport',
};

interface PendingImport {
  fileName: string;
  backup: BackupFile;
  preview: ImportPreview;
  adjustments: BackupAdjustments;
  /** Setting keys whose value in effect the import changes. */
  settingChanges: string[];
}

function errorMessage(error: BackupError): string {
  return t(backupErrorMessageKey(error.code), error.params);
}

/** `content`: the file's text, or its parts (a large backup is built in chunks, never as one string). */
export function download(content: string | readonly string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : [...content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: the browser reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function BackupSection() {
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ShownProgress | null>(null);
  const importId = useId();
  /** A listener for the chunked steps; React coalesces the many updates into one render per frame. */
  const showProgress = (task: ShownProgress['task']) => (step: Progress) => setProgress({ task, ...step });

  async function run(task: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      setStatus({ state: 'error', message: errorMessage(backupError('import-failed', error instanceof Error ? error.message : String(error))) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const onExport = () =>
    run(async () => {
      let file: Awaited<ReturnType<typeof exportBackupParts>>;
      try {
        file = await exportBackupParts(openZettelDatabase(), { zettelVersion: browser.runtime.getManifest().version, onProgress: showProgress('export') });
      } catch (error) {
        if (!(error instanceof UnexportableRowError)) throw error;
        setStatus({ state: 'error', message: t('backup_exportInvalidRow', [t(TABLE_TITLES[error.table]), error.key, error.field]) });
        return;
      }
      const fileName = backupFileName(file.exportedAt);
      download(file.parts, fileName);
      const rows = file.rows;
      setStatus({ state: 'ok', message: t('backup_exportDone', [fileName, String(rows)]) });
    });

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must trigger again
    if (!file) return;
    setPending(null);
    void run(async () => {
      // Refuse an oversized file before reading it into memory.
      if (file.size > MAX_BACKUP_BYTES) {
        setStatus({ state: 'error', message: errorMessage(backupError('too-large', (file.size / 1024 / 1024).toFixed(1), MAX_BACKUP_BYTES / 1024 / 1024)) });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setStatus({ state: 'error', message: errorMessage(backupError('read-failed')) });
        return;
      }
      const validation = validateBackupText(text, file.size);
      if (!validation.ok) {
        setStatus({ state: 'error', message: errorMessage(validation.error) });
        return;
      }
      const { backup, ...adjustments } = validation;
      const preview = await previewImport(openZettelDatabase(), backup, { onProgress: showProgress('preview') });
      const settingChanges = await previewSettingChanges(openZettelDatabase(), backup);
      setPending({ fileName: file.name, backup, preview, adjustments: { ...adjustments }, settingChanges });
      setStatus(null);
    });
  };

  const onConfirmImport = () =>
    run(async () => {
      if (!pending) return;
      const result = await importBackup(openZettelDatabase(), pending.backup, { onProgress: showProgress('import') });
      const total = totalCounts(result);
      setPending(null);
      setStatus({ state: 'ok', message: t('backup_importDone', [String(total.added), String(total.changed), String(total.unchanged)]) });
    });

  const onConfirmDelete = () =>
    run(async () => {
      await deleteAllData(openZettelDatabase());
      setConfirmingDelete(false);
      setPending(null);
      setStatus({ state: 'ok', message: t('backup_deleteDone') });
    });

  const total = pending ? totalCounts(pending.preview) : null;

  return (
    <div aria-busy={busy}>
      <p className="muted">{t('backup_whereDataLives')}</p>

      <div className="card">
        <h3>{t('backup_exportTitle')}</h3>
        <p>{t('backup_exportHint')}</p>
        <button type="button" data-zettel-action="export-backup" onClick={() => void onExport()} disabled={busy}>
          {t('backup_export')}
        </button>
      </div>

      <div className="card">
        <h3>{t('backup_importTitle')}</h3>
        <p>{t('backup_importHint')}</p>
        <div className="actions">
          <label htmlFor={importId}>{t('backup_chooseFile')}</label>
          <input
            id={importId}
            type="file"
            accept="application/json,.json"
            data-zettel-action="import-backup"
            onChange={onFileChosen}
            disabled={busy}
          />
        </div>
        {pending && total && (
          <div data-zettel="backup-preview">
            <p>{t('backup_previewTitle', [pending.fileName])}</p>
            <table className="preview">
              <thead>
                <tr>
                  <th scope="col">{t('backup_previewKind')}</th>
                  <th scope="col">{t('backup_previewAdded')}</th>
                  <th scope="col">{t('backup_previewChanged')}</th>
                  <th scope="col">{t('backup_previewUnchanged')}</th>
                </tr>
              </thead>
              <tbody>
                {TABLE_NAMES.filter((table) => {
                  const counts = pending.preview[table];
                  return counts.added + counts.changed + counts.unchanged > 0;
                }).map((table) => (
                  <tr key={table} data-table={table}>
                    <th scope="row">{t(TABLE_TITLES[table])}</th>
                    <td className="number" data-count="added">{pending.preview[table].added}</td>
                    <td className="number" data-count="changed">{pending.preview[table].changed}</td>
                    <td className="number" data-count="unchanged">{pending.preview[table].unchanged}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p data-zettel="backup-preview-summary">{t('backup_previewSummary', [String(total.added), String(total.changed), String(total.unchanged)])}</p>
            {pending.settingChanges.length > 0 && (
              <div data-zettel="backup-preview-settings">
                <p>{t('backup_previewSettings')}</p>
                <ul>
                  {pending.settingChanges.map((key) => (
                    <li key={key} data-setting={key}>
                      <code>{key}</code>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {pending.adjustments.autoReplyTurnedOff && (
              <p data-zettel="backup-preview-auto-reply-off" role="note">
                {t('backup_autoReplyArrivesOff')}
              </p>
            )}
            {pending.adjustments.invalidSettings.length > 0 && (
              <p className="muted">{t('backup_invalidSettings', [pending.adjustments.invalidSettings.join(', ')])}</p>
            )}
            {pending.adjustments.ignoredSettings.length > 0 && (
              <p className="muted">{t('backup_ignoredSettings', [pending.adjustments.ignoredSettings.join(', ')])}</p>
            )}
            <div className="actions">
              <button type="button" data-zettel-action="confirm-import" onClick={() => void onConfirmImport()} disabled={busy}>
                {t('backup_confirmImport')}
              </button>
              <button type="button" data-zettel-action="cancel-import" onClick={() => setPending(null)} disabled={busy}>
                {t('backup_cancel')}
              </button>
            </div>
          </div>
        )}
      </div>

      <div className="card">
        <h3>{t('backup_deleteTitle')}</h3>
        <p>{t('backup_deleteHint')}</p>
        {!confirmingDelete ? (
          <button type="button" className="danger" data-zettel-action="delete-all-data" onClick={() => setConfirmingDelete(true)} disabled={busy}>
            {t('backup_deleteAll')}
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="delete-question" className="actions">
            <p id="delete-question">{t('backup_deleteQuestion')}</p>
            <button type="button" className="danger" data-zettel-action="confirm-delete-all-data" onClick={() => void onConfirmDelete()} disabled={busy}>
              {t('backup_deleteConfirm')}
            </button>
            <button type="button" data-zettel-action="cancel-delete-all-data" onClick={() => setConfirmingDelete(false)} disabled={busy}>
              {t('backup_cancel')}
            </button>
          </div>
        )}
      </div>

      {progress && (
        <progress
          data-zettel="backup-progress"
          data-task={progress.task}
          aria-label={t(PROGRESS_LABELS[progress.task])}
          value={progress.done}
          max={Math.max(1, progress.total)}
        />
      )}

      <p data-zettel="backup-status" data-state={status?.state} role="status" aria-live="polite">
        {status?.message}
      </p>
    </div>
  );
}
