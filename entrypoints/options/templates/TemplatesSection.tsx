/**
 * Options › Textvorlagen: the company name for {Firma}, every template (searchable with the same
 * typo-tolerant search as the picker), create / edit / duplicate / delete, import / export as JSON and
 * the ready-made pack. Reads and writes the database directly (same origin); the WhatsApp page follows
 * through its live subscription.
 * UI contract: data-zettel="template-company", "template-filter", "template-admin-list" (with
 * template-item children, TemplateItem.tsx), "templates-status" (data-state="ok|error");
 * action new-template; the editor and transfer parts document theirs.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { openZettelDatabase } from '../../../utils/db/database.ts';
import { deleteTemplate, duplicateTemplate, listTemplates, saveTemplate } from '../../../utils/db/repositories/templates.ts';
import { getSettings, updateSetting } from '../../../utils/db/repositories/settings.ts';
import { t, uiLanguage } from '../../../utils/i18n.ts';
import { createTemplateSearch, templateFromStored, type Template } from '../../../utils/templates/index.ts';
import { TemplateEditor } from './TemplateEditor.tsx';
import { TemplateItem } from './TemplateItem.tsx';
import { TemplateTransfer, type TransferStatus } from './TemplateTransfer.tsx';
import './templates.css';

/** The options list shows everything that matches; the picker's short limit does not apply here. */
const LIST_LIMIT = 10_000;

function newDraft(): Template {
  const now = Date.now();
  return { id: crypto.randomUUID(), title: '', body: '', tags: [], language: uiLanguage(), usageCount: 0, createdAt: now, updatedAt: now };
}

export function TemplatesSection() {
  const db = openZettelDatabase();
  const rows = useLiveQuery(() => listTemplates(db), [db]);
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ template: Template; isNew: boolean } | null>(null);
  const [status, setStatus] = useState<TransferStatus | null>(null);
  const [company, setCompany] = useState('');
  const storedCompany = settings?.['templates.company'];
  useEffect(() => {
    if (storedCompany !== undefined) setCompany(storedCompany);
  }, [storedCompany]);

  const templates = useMemo(() => (rows ?? []).map((row) => templateFromStored(row, uiLanguage())), [rows]);
  const search = useMemo(() => createTemplateSearch(templates), [templates]);
  const shown = useMemo(() => (query.trim() ? search.search(query, LIST_LIMIT).map((hit) => hit.template) : templates), [query, search, templates]);

  const run = async (task: () => Promise<unknown>, done: string) => {
    try {
      await task();
      setStatus({ state: 'ok', message: done });
    } catch (error) {
      setStatus({ state: 'error', message: t('templates_options_failed', [error instanceof Error ? error.message : String(error)]) });
    }
  };

  const otherShortcuts = (id: string) => new Set(templates.flatMap((template) => (template.id !== id && template.shortcut ? [template.shortcut] : [])));

  const onSave = async (template: Template) => {
    await saveTemplate(db, {
      id: template.id,
      title: template.title,
      body: template.body,
      tags: template.tags,
      shortcut: template.shortcut ?? null,
      language: template.language,
      formality: template.formality ?? null,
    });
    setEditing(null);
    setStatus({ state: 'ok', message: t('templates_options_saved', [template.title]) });
  };

  const saveCompany = () => {
    const value = company.trim();
    if (value === storedCompany) return;
    void run(() => updateSetting(db, { key: 'templates.company', value }), t('templates_options_company_saved'));
  };

  return (
    <>
      <p className="muted">{t('templates_options_intro')}</p>
      <div className="card">
        <label className="zt-template-company">
          {t('templates_options_company_label')}
          <input
            type="text"
            value={company}
            maxLength={200}
            data-zettel="template-company"
            onChange={(event) => setCompany(event.target.value)}
            onBlur={saveCompany}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveCompany();
            }}
          />
        </label>
      </div>

      {editing ? (
        <TemplateEditor
          key={editing.template.id}
          template={editing.template}
          isNew={editing.isNew}
          otherShortcuts={otherShortcuts(editing.template.id)}
          onSave={onSave}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="zt-template-buttons">
          <button type="button" data-zettel-action="new-template" onClick={() => setEditing({ template: newDraft(), isNew: true })}>
            {t('templates_options_new')}
          </button>
        </div>
      )}

      {status && (
        <p data-zettel="templates-status" data-state={status.state} role={status.state === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      )}

      <div className="card">
        <div className="zt-template-toolbar">
          <input
            type="search"
            value={query}
            placeholder={t('templates_search_placeholder')}
            aria-label={t('templates_search_label')}
            data-zettel="template-filter"
            onChange={(event) => setQuery(event.target.value)}
          />
          <span className="muted small">{t('templates_options_count', [String(templates.length)])}</span>
        </div>
        {rows && templates.length === 0 && <p className="muted">{t('templates_options_none')}</p>}
        {templates.length > 0 && shown.length === 0 && <p className="muted">{t('templates_options_no_match')}</p>}
        <ul className="zt-template-list" data-zettel="template-admin-list">
          {shown.map((template) => (
            <TemplateItem
              key={template.id}
              template={template}
              onEdit={() => setEditing({ template, isNew: false })}
              onDuplicate={() => {
                const title = t('templates_options_copy_title', [template.title]).slice(0, 200);
                void run(() => duplicateTemplate(db, { id: template.id, title }), t('templates_options_duplicated', [title]));
              }}
              onDelete={() => void run(() => deleteTemplate(db, { id: template.id }), t('templates_options_deleted', [template.title]))}
            />
          ))}
        </ul>
      </div>

      <TemplateTransfer db={db} templates={templates} onStatus={setStatus} />
    </>
  );
}
