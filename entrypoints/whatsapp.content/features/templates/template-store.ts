/**
 * The page's copy of the user's templates and the search index over them, kept live by the data
 * client's subscription (DESIGN §1). The index is built when the page is idle after the first list
 * arrives — 5,000 templates take a few hundred ms to index (docs/templates.md, Performance) and that
 * must not land on the keystroke that opens the picker — and afterwards only the templates whose
 * `updatedAt` changed are re-indexed (a use bumps one template, an edit one, an import many).
 */
import type { DataClient } from '../../../../utils/messaging/client.ts';
import { createTemplateSearch, templateFromStored, type Template, type TemplateLanguage, type TemplateSearch } from '../../../../utils/templates/index.ts';

export interface TemplateStore {
  /** The search, built now if the idle build has not happened yet. */
  search(): TemplateSearch;
  byId(id: string): Template | undefined;
  readonly size: number;
  /** The company name from the settings ('' when none). */
  company(): string;
  /** True once the first list arrived. */
  ready(): boolean;
  /** Called after every list that arrives. */
  onChange(listener: () => void): void;
}

type IdleWindow = Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

export function createTemplateStore(client: DataClient, language: () => TemplateLanguage, signal: AbortSignal, onError: (error: Error) => void): TemplateStore {
  let templates = new Map<string, Template>();
  let index: TemplateSearch | null = null;
  let company = '';
  let received = false;
  let idleQueued = false;
  const listeners = new Set<() => void>();

  const build = (): TemplateSearch => {
    index ??= createTemplateSearch([...templates.values()]);
    return index;
  };
  const buildWhenIdle = () => {
    if (idleQueued || index || signal.aborted) return;
    idleQueued = true;
    const run = () => {
      idleQueued = false;
      if (!signal.aborted) build();
    };
    const idle = (window as IdleWindow).requestIdleCallback;
    if (idle) idle.call(window, run, { timeout: 2_000 });
    else setTimeout(run, 200);
  };

  const stopTemplates = client.subscribe(
    'listTemplates',
    undefined,
    (rows) => {
      const next = new Map<string, Template>();
      for (const row of rows) next.set(row.id, templateFromStored(row, language()));
      if (index) {
        for (const id of templates.keys()) if (!next.has(id)) index.remove(id);
        for (const [id, template] of next) {
          const before = templates.get(id);
          if (!before || before.updatedAt !== template.updatedAt || before.language !== template.language) index.update(template);
        }
      }
      templates = next;
      received = true;
      buildWhenIdle();
      for (const listener of listeners) listener();
    },
    onError,
  );
  const stopSettings = client.subscribe('getSettings', undefined, (settings) => (company = settings['templates.company'] ?? ''), onError);
  signal.addEventListener(
    'abort',
    () => {
      stopTemplates();
      stopSettings();
    },
    { once: true },
  );

  return {
    search: build,
    byId: (id) => templates.get(id),
    get size() {
      return templates.size;
    },
    company: () => company,
    ready: () => received,
    onChange: (listener) => void listeners.add(listener),
  };
}
