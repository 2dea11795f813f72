/**
 * The compose box's own state, as Lexical keeps it: paragraphs of plain text, a selection, and an
 * undo/redo history. The DOM is only a rendering of this model (whatsapp-dom.md §4).
 */
export interface Pos {
  p: number;
  o: number;
}

interface Snapshot {
  paragraphs: string[];
  anchor: Pos;
  focus: Pos;
}

const MERGE_MS = 1000;

function cmp(a: Pos, b: Pos): number {
  return a.p - b.p || a.o - b.o;
}

export class EditorModel {
  paragraphs: string[] = [''];
  anchor: Pos = { p: 0, o: 0 };
  focus: Pos = { p: 0, o: 0 };
  private undoStack: Snapshot[] = [];
  private redoStack: Snapshot[] = [];
  private lastTyping = 0;

  text(): string {
    return this.paragraphs.join('\n');
  }

  isEmpty(): boolean {
    return this.text().trim() === '';
  }

  reset(): void {
    this.paragraphs = [''];
    this.anchor = { p: 0, o: 0 };
    this.focus = { p: 0, o: 0 };
    this.undoStack = [];
    this.redoStack = [];
  }

  clamp(pos: Pos): Pos {
    const p = Math.max(0, Math.min(pos.p, this.paragraphs.length - 1));
    const o = Math.max(0, Math.min(pos.o, (this.paragraphs[p] ?? '').length));
    return { p, o };
  }

  select(anchor: Pos, focus: Pos = anchor): void {
    this.anchor = this.clamp(anchor);
    this.focus = this.clamp(focus);
  }

  end(): Pos {
    const p = this.paragraphs.length - 1;
    return { p, o: (this.paragraphs[p] ?? '').length };
  }

  private range(): [Pos, Pos] {
    return cmp(this.anchor, this.focus) <= 0 ? [this.anchor, this.focus] : [this.focus, this.anchor];
  }

  private snapshot(): Snapshot {
    return { paragraphs: [...this.paragraphs], anchor: { ...this.anchor }, focus: { ...this.focus } };
  }

  /** Records history before an edit; quick single-character typing merges into one undo step. */
  private record(typing: boolean): void {
    const now = Date.now();
    const merge = typing && this.lastTyping > 0 && now - this.lastTyping < MERGE_MS;
    if (!merge) this.undoStack.push(this.snapshot());
    if (this.undoStack.length > 100) this.undoStack.shift();
    this.redoStack = [];
    this.lastTyping = typing ? now : 0;
  }

  private deleteRange(start: Pos, end: Pos): void {
    const head = (this.paragraphs[start.p] ?? '').slice(0, start.o);
    const tail = (this.paragraphs[end.p] ?? '').slice(end.o);
    this.paragraphs.splice(start.p, end.p - start.p + 1, head + tail);
    this.select(start);
  }

  /** Inserts at the model's selection; `\n` splits paragraphs (an insertText with newlines makes paragraphs). */
  insertText(text: string): void {
    if (text === '') return;
    this.record(text.length === 1 && text !== '\n');
    const [start, end] = this.range();
    this.deleteRange(start, end);
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const current = this.paragraphs[start.p] ?? '';
    const before = current.slice(0, start.o);
    const after = current.slice(start.o);
    const first = lines[0] ?? '';
    if (lines.length === 1) {
      this.paragraphs[start.p] = before + first + after;
      this.select({ p: start.p, o: start.o + first.length });
      return;
    }
    const last = lines[lines.length - 1] ?? '';
    const replaced = [before + first, ...lines.slice(1, -1), last + after];
    this.paragraphs.splice(start.p, 1, ...replaced);
    this.select({ p: start.p + lines.length - 1, o: last.length });
  }

  deleteBackward(unit: 'char' | 'word' | 'line' = 'char'): void {
    const [start, end] = this.range();
    if (cmp(start, end) !== 0) {
      this.record(false);
      this.deleteRange(start, end);
      return;
    }
    if (start.o === 0 && start.p === 0) return;
    this.record(false);
    if (start.o === 0) {
      const prevLength = (this.paragraphs[start.p - 1] ?? '').length;
      this.deleteRange({ p: start.p - 1, o: prevLength }, start);
      return;
    }
    const text = this.paragraphs[start.p] ?? '';
    let o = start.o - 1;
    if (unit === 'line') o = 0;
    else if (unit === 'word') {
      while (o > 0 && text[o - 1] === ' ') o--;
      while (o > 0 && text[o - 1] !== ' ') o--;
    } else if (o > 0 && /[\udc00-\udfff]/.test(text[o] ?? '') && /[\ud800-\udbff]/.test(text[o - 1] ?? '')) o--;
    this.deleteRange({ p: start.p, o }, start);
  }

  deleteForward(): void {
    const [start, end] = this.range();
    if (cmp(start, end) !== 0) {
      this.record(false);
      this.deleteRange(start, end);
      return;
    }
    const text = this.paragraphs[start.p] ?? '';
    if (start.o === text.length && start.p === this.paragraphs.length - 1) return;
    this.record(false);
    if (start.o === text.length) {
      this.deleteRange(start, { p: start.p + 1, o: 0 });
      return;
    }
    const width = /[\ud800-\udbff]/.test(text[start.o] ?? '') ? 2 : 1;
    this.deleteRange(start, { p: start.p, o: start.o + width });
  }

  /** Takes over a whole new text after a native (browser-made) edit; one undo step. */
  replaceAll(paragraphs: string[], caret: Pos): void {
    this.record(false);
    this.paragraphs = paragraphs.length > 0 ? paragraphs : [''];
    this.select(caret);
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.redoStack.push(this.snapshot());
    this.restore(previous);
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.snapshot());
    this.restore(next);
    return true;
  }

  private restore(snapshot: Snapshot): void {
    this.paragraphs = [...snapshot.paragraphs];
    this.select(snapshot.anchor, snapshot.focus);
    this.lastTyping = 0;
  }
}
