/**
 * The one MutationObserver of Zettel (DESIGN §3). It watches <body> — stable while #app, #side or #main
 * are replaced underneath — and hands the records to a cheap classifier; the real work runs once per
 * animation frame. Hidden tabs get no animation frames, so a timer backs the frame up.
 */
import { ZETTEL_MARK_SELECTOR } from './selectors.ts';

/** Attributes that carry row identity, selection, virtualization and part hooks. */
export const OBSERVED_ATTRIBUTES = [
  'title',
  'style',
  'aria-selected',
  'aria-label',
  'data-virtualized',
  'data-id',
  'data-icon',
  'data-testid',
  'id',
  'role',
];

export interface BatchedObserverOptions {
  root: Node;
  signal: AbortSignal;
  /** Runs for every record batch the browser delivers: classify only, no DOM queries. */
  collect(records: readonly MutationRecord[]): void;
  /** Runs at most once per frame after records arrived (or after `schedule()`). */
  flush(): void;
  onError(where: string, error: unknown): void;
  /** Fallback delay when no animation frame comes (background tab). */
  fallbackMs?: number;
}

export class BatchedObserver {
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly observer: MutationObserver;

  constructor(private readonly options: BatchedObserverOptions) {
    this.observer = new MutationObserver((records) => {
      try {
        options.collect(withoutOwnRecords(records));
      } catch (error) {
        options.onError('observer.collect', error);
      }
      this.schedule();
    });
    this.observer.observe(options.root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Asks for a flush soon (batched with anything else pending). */
  schedule(): void {
    if (this.options.signal.aborted || this.frame !== null || this.timer !== null) return;
    const run = () => this.run();
    if (typeof requestAnimationFrame === 'function') this.frame = requestAnimationFrame(run);
    this.timer = setTimeout(run, this.options.fallbackMs ?? 100);
  }

  private run(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
    if (this.options.signal.aborted) return;
    // Records still queued belong to this batch.
    const pending = this.observer.takeRecords();
    try {
      if (pending.length) this.options.collect(withoutOwnRecords(pending));
      this.options.flush();
    } catch (error) {
      this.options.onError('observer.flush', error);
    }
  }

  private stop(): void {
    this.observer.disconnect();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
  }
}

/**
 * Answers "is this node inside one of Zettel's marks?" for one batch of records. The records of a
 * batch share most ancestors (a scroll step rewrites a few rows), so every element is tested once per
 * batch instead of one `closest()` walk to the root per record: the bench (docs/performance.md) found
 * that walk among the adapter's largest costs while scrolling.
 */
export function zettelNodeTest(): (node: Node) => boolean {
  const inside = new Map<Element, boolean>();
  return (node) => {
    const path: Element[] = [];
    let answer = false;
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      const known = inside.get(el);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(el);
      if (el.matches(ZETTEL_MARK_SELECTOR)) {
        answer = true;
        break;
      }
    }
    for (const el of path) inside.set(el, answer);
    return answer;
  };
}

/** Mutations of Zettel's own decorations must not wake the adapter (or it would chase its own tail). */
export function isOwnRecord(record: MutationRecord, isZettelNode: (node: Node) => boolean = zettelNodeTest()): boolean {
  if (record.type !== 'childList') return isZettelNode(record.target);
  if (isZettelNode(record.target)) return true;
  // Removed nodes are detached: they can only be recognised by their own mark. (No array copies:
  // this runs for every childList record of a scroll step.)
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const list of [addedNodes, removedNodes]) {
    for (let i = 0; i < list.length; i += 1) {
      const node = list[i]!;
      if (node.nodeType !== 1 || !(node as Element).matches(ZETTEL_MARK_SELECTOR)) return false;
    }
  }
  return true;
}

/** The records of one batch that are not Zettel's own. */
export function withoutOwnRecords(records: readonly MutationRecord[]): MutationRecord[] {
  const isZettelNode = zettelNodeTest();
  return records.filter((record) => !isOwnRecord(record, isZettelNode));
}
