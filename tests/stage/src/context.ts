/**
 * What every view needs: the store, the resolved options, the strings of the current language, and
 * the drift switches that decide which hooks a view writes (docs/stage.md, "Drift").
 */
import { strings, type Strings } from './i18n.ts';
import type { ResolvedStageOptions } from './options.ts';
import type { Store } from './store.ts';

export const PARTS = ['app-shell', 'chat-list', 'chat-rows', 'conversation-header', 'messages', 'compose-box', 'send-button'] as const;
export type Part = (typeof PARTS)[number];
export type DriftMode = 'remove' | 'rename';

export class Ctx {
  readonly drifts = new Map<Part, DriftMode>();
  /** React appends a random suffix per page load to its expando keys. */
  readonly fiberSuffix = Math.random().toString(36).slice(2, 13);

  /** Set by the app: what a pointerdown on a chat row does. */
  openChatFromUi: (key: string) => Promise<void> = async () => {};

  constructor(
    readonly store: Store,
    readonly options: ResolvedStageOptions,
  ) {}

  get s(): Strings {
    return strings(this.options.lang);
  }

  get legacy(): boolean {
    return this.options.profile === 'legacy-2025';
  }

  /** late-2026 (issue 19 point 8): current-2026 plus matrix() row positions, a locale-free unread badge, a div send button, titled status icons. */
  get late(): boolean {
    return this.options.profile === 'late-2026';
  }

  mode(part: Part): DriftMode | null {
    return this.drifts.get(part) ?? null;
  }

  removed(part: Part): boolean {
    return this.drifts.get(part) === 'remove';
  }

  renamed(part: Part): boolean {
    return this.drifts.get(part) === 'rename';
  }

  /**
   * A data-testid for the part: absent when testids are off or the part is removed, replaced by the
   * `renamed` name (default: `wds-` prefix) when the part is renamed.
   */
  testid(part: Part, name: string, renamed = `wds-${name}`): string | null {
    if (!this.options.testids) return null;
    const mode = this.mode(part);
    if (mode === 'remove') return null;
    return mode === 'rename' ? renamed : name;
  }

  /** Any other hook value of the part (id, data-icon, aria-label, data attribute value). */
  hook(part: Part, value: string, renamed: string): string | null {
    const mode = this.mode(part);
    if (mode === 'remove') return null;
    return mode === 'rename' ? renamed : value;
  }
}
