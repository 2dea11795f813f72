/**
 * Feature registry (DESIGN §6, in the spirit of refined-github's `features.add`). A feature declares the
 * WhatsApp parts it needs; it runs while none of them is missing and stops (its signal aborts) when one
 * goes missing, when it is switched off, or when the extension reloads. Every error a feature throws is
 * caught here, logged under its id and reported in health — never thrown into WhatsApp's page.
 */
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import type { HealthReport } from '../../../utils/whatsapp/health.ts';
import type { WhatsAppPart } from '../../../utils/whatsapp/parts.ts';
import { memoTranslate } from './memo-translate.ts';

export interface FeatureLog {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface FeatureContext {
  /** Aborted when the feature stops for any reason. Every listener, observer and timer takes it. */
  signal: AbortSignal;
  adapter: WhatsAppAdapter;
  log: FeatureLog;
  /** Translation (browser.i18n.getMessage). */
  t(key: string, substitutions?: string | string[]): string;
  /** Wraps a callback so an error in it is attributed to this feature instead of reaching the page. */
  guard<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void;
}

export interface FeatureDefinition {
  id: string;
  needs: readonly WhatsAppPart[];
  start(ctx: FeatureContext): void | Promise<void>;
}

export function defineFeature(definition: FeatureDefinition): FeatureDefinition {
  return definition;
}

export type FeatureState = 'running' | 'waiting-for-parts' | 'switched-off' | 'failed';

interface Entry {
  definition: FeatureDefinition;
  controller: AbortController | null;
  state: FeatureState;
  error: string | null;
  enabled: boolean;
}

export interface RegistryOptions {
  adapter: WhatsAppAdapter;
  /** The content script's signal (WXT ctx.signal): aborted on extension reload. */
  signal: AbortSignal;
  t(key: string, substitutions?: string | string[]): string;
  console?: Pick<Console, 'info' | 'warn' | 'error'>;
}

type Guard = <A extends unknown[]>(callback: (...args: A) => void) => (...args: A) => void;

/** The adapter as a feature sees it: its subscriptions' errors are the feature's errors. */
function scopedAdapter(adapter: WhatsAppAdapter, guard: Guard): WhatsAppAdapter {
  return {
    ...adapter,
    onRows: (callback, signal) => adapter.onRows(guard(callback), signal),
    onConversation: (callback, signal) => adapter.onConversation(guard(callback), signal),
    onMessages: (callback, signal) => adapter.onMessages(guard(callback), signal),
    onAlias: (callback, signal) => adapter.onAlias(guard(callback), signal),
    onHealth: (callback, signal) => adapter.onHealth(guard(callback), signal),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export class FeatureRegistry {
  private readonly entries = new Map<string, Entry>();
  private missing = new Set<WhatsAppPart>();
  /** The user's switch (setting `features.disabled`), also for features added later. */
  private switchedOff = new Set<string>();
  private readonly out: Pick<Console, 'info' | 'warn' | 'error'>;

  constructor(private readonly options: RegistryOptions) {
    this.out = options.console ?? console;
    options.signal.addEventListener('abort', () => this.stopAll(), { once: true });
  }

  add(...definitions: FeatureDefinition[]): void {
    for (const definition of definitions) {
      if (this.entries.has(definition.id)) throw new Error(`feature ${definition.id} is defined twice`);
      this.entries.set(definition.id, { definition, controller: null, state: 'waiting-for-parts', error: null, enabled: !this.switchedOff.has(definition.id) });
    }
    this.reconcile();
  }

  /** New health: stop features whose parts went missing, (re)start those whose parts are back. */
  updateHealth(report: Pick<HealthReport, 'parts'>): void {
    this.missing = new Set(report.parts.filter((p) => p.state === 'missing').map((p) => p.part));
    this.reconcile();
  }

  /** Switch a feature on or off (user settings). */
  setEnabled(id: string, enabled: boolean): void {
    const entry = this.entries.get(id);
    if (!entry || entry.enabled === enabled) return;
    entry.enabled = enabled;
    if (enabled) entry.error = null; // a fresh start after the user switched it off and on
    this.reconcile();
  }

  /**
   * The user's switch, as a whole (setting `features.disabled`): the listed features stop (their signal
   * aborts, their UI goes), every other one runs again where its parts allow. Unknown ids are kept, so a
   * feature added later starts switched off.
   */
  setSwitchedOff(ids: readonly string[]): void {
    this.switchedOff = new Set(ids);
    for (const id of this.entries.keys()) this.setEnabled(id, !this.switchedOff.has(id));
  }

  /** Stops and starts every running feature, so its UI is built anew (e.g. in a newly chosen language). */
  restartRunning(): void {
    for (const entry of this.entries.values()) {
      if (entry.state === 'running') this.stop(entry, 'waiting-for-parts');
    }
    this.reconcile();
  }

  state(id: string): FeatureState | undefined {
    return this.entries.get(id)?.state;
  }

  /** Features not running: their parts are missing, they failed, or they are switched off. */
  disabled(): string[] {
    return [...this.entries.values()].filter((e) => e.state !== 'running').map((e) => e.definition.id);
  }

  errors(): Array<{ id: string; error: string }> {
    return [...this.entries.values()].filter((e) => e.error !== null).map((e) => ({ id: e.definition.id, error: e.error as string }));
  }

  /** Reports an error of a running feature (from its guarded callbacks). */
  fail(id: string, error: unknown): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.error = describe(error);
    this.out.error(`[zettel:${id}]`, error);
  }

  private reconcile(): void {
    if (this.options.signal.aborted) return;
    for (const entry of this.entries.values()) {
      const partsOk = entry.definition.needs.every((part) => !this.missing.has(part));
      if (!entry.enabled) {
        this.stop(entry, 'switched-off');
      } else if (!partsOk) {
        this.stop(entry, 'waiting-for-parts');
      } else if (entry.state !== 'running' && entry.state !== 'failed') {
        this.start(entry);
      }
    }
  }

  private stop(entry: Entry, state: FeatureState): void {
    entry.controller?.abort();
    entry.controller = null;
    // A failed feature stays failed until the user switches it off and on (or the page reloads).
    if (entry.state !== 'failed' || state === 'switched-off') entry.state = state;
  }

  private start(entry: Entry): void {
    const { id } = entry.definition;
    const controller = new AbortController();
    const parent = this.options.signal;
    parent.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    entry.controller = controller;
    entry.state = 'running';
    const prefix = `[zettel:${id}]`;
    const log: FeatureLog = {
      info: (...args) => this.out.info(prefix, ...args),
      warn: (...args) => this.out.warn(prefix, ...args),
      error: (...args) => this.out.error(prefix, ...args),
    };
    const onFailure = (error: unknown) => {
      if (controller.signal.aborted) return;
      this.fail(id, error);
      entry.state = 'failed';
      controller.abort();
      entry.controller = null;
    };
    const guard = <A extends unknown[]>(callback: (...args: A) => void) =>
      (...args: A): void => {
        try {
          callback(...args);
        } catch (error) {
          onFailure(error);
        }
      };
    const ctx: FeatureContext = { signal: controller.signal, adapter: scopedAdapter(this.options.adapter, guard), log, t: memoTranslate(this.options.t), guard };
    try {
      const result = entry.definition.start(ctx);
      if (result instanceof Promise) result.catch(onFailure);
    } catch (error) {
      onFailure(error);
    }
  }

  private stopAll(): void {
    for (const entry of this.entries.values()) {
      entry.controller?.abort();
      entry.controller = null;
    }
  }
}
