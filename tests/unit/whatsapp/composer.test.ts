// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertText, readComposerText } from '../../../utils/whatsapp/composer.ts';
import { mountPage } from './fixtures.ts';

/**
 * A Lexical-like editor: a model of lines, changed only through beforeinput and paste, rendered into
 * <p> paragraphs in a microtask (as Lexical reconciles), with Lexical's <p><br></p> for empty lines.
 */
class FakeLexical {
  lines: string[] = [''];
  constructor(readonly el: HTMLElement, options: { paste?: boolean; beforeinput?: boolean } = {}) {
    if (options.beforeinput !== false) {
      el.addEventListener('beforeinput', (event) => {
        const input = event as InputEvent;
        event.preventDefault();
        if (input.inputType === 'insertText') this.insert(input.data ?? '');
        if (input.inputType === 'insertParagraph') this.insert('\n');
      });
    }
    if (options.paste !== false) {
      el.addEventListener('paste', (event) => {
        event.preventDefault();
        this.insert((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
      });
    }
    this.render();
  }

  get text(): string {
    return this.lines.join('\n');
  }

  private insert(text: string): void {
    const [first, ...rest] = text.split('\n');
    this.lines[this.lines.length - 1] += first ?? '';
    this.lines.push(...rest);
    queueMicrotask(() => this.render());
  }

  private render(): void {
    this.el.replaceChildren(
      ...this.lines.map((line) => {
        const p = document.createElement('p');
        if (line) {
          const span = document.createElement('span');
          span.setAttribute('data-lexical-text', 'true');
          span.textContent = line;
          p.append(span);
        } else p.append(document.createElement('br'));
        return p;
      }),
    );
  }
}

/** execCommand as the browser does it for a contenteditable: a beforeinput on the focused editor. */
function browserLikeExecCommand(editor: HTMLElement) {
  return (command: string, _ui?: boolean, value?: string): boolean => {
    if (command !== 'insertText' && command !== 'insertParagraph') return false;
    editor.dispatchEvent(new InputEvent('beforeinput', { inputType: command, data: value ?? null, bubbles: true, cancelable: true }));
    return true;
  };
}

const TEXT = 'Grüße aus Köln 👷‍♂️\n\nÖffnungszeiten: 8–17 Uhr';
let editor: HTMLElement;
const originalExec = document.execCommand;

beforeEach(() => {
  mountPage('<div id="main"><footer><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></footer></div>');
  editor = document.querySelector('[contenteditable]')!;
});
afterEach(() => {
  document.execCommand = originalExec;
});

describe('composer', () => {
  it('inserts multi-line text through execCommand, line breaks as paragraphs, verified by reading back', async () => {
    const model = new FakeLexical(editor);
    document.execCommand = browserLikeExecCommand(editor);
    const result = await insertText(editor, TEXT);
    expect(result).toEqual({ ok: true, method: 'execCommand', text: TEXT });
    expect(model.text).toBe(TEXT);
    expect(readComposerText(editor)).toBe(TEXT);
  });

  it('falls back to synthetic beforeinput events when execCommand does nothing', async () => {
    const model = new FakeLexical(editor);
    document.execCommand = () => false;
    const result = await insertText(editor, TEXT);
    expect(result).toMatchObject({ ok: true, method: 'beforeinput', text: TEXT });
    expect(model.text).toBe(TEXT);
  });

  it('falls back to a synthetic paste when the editor ignores synthetic beforeinput', async () => {
    const model = new FakeLexical(editor, { beforeinput: false });
    document.execCommand = () => false;
    const result = await insertText(editor, TEXT);
    expect(result).toMatchObject({ ok: true, method: 'paste' });
    expect(model.text).toBe(TEXT);
  });

  it('a method can be forced', async () => {
    const model = new FakeLexical(editor);
    document.execCommand = browserLikeExecCommand(editor);
    expect(await insertText(editor, 'nur Paste', { methods: ['paste'] })).toMatchObject({ ok: true, method: 'paste' });
    expect(model.text).toBe('nur Paste');
  });

  it('appends to an existing draft', async () => {
    const model = new FakeLexical(editor);
    document.execCommand = browserLikeExecCommand(editor);
    await insertText(editor, 'Hallo');
    const result = await insertText(editor, ' Welt\nzwei');
    expect(result.ok).toBe(true);
    expect(model.text).toBe('Hallo Welt\nzwei');
  });

  it('reports failure when the editor takes nothing, and never throws', async () => {
    new FakeLexical(editor, { paste: false, beforeinput: false });
    document.execCommand = () => false;
    expect(await insertText(editor, 'x')).toMatchObject({ ok: false, reason: 'not-inserted', text: '' });
    expect(await insertText(null, 'x')).toMatchObject({ ok: false, reason: 'no-composer' });
  });
});

describe('readComposerText', () => {
  function read(html: string): string {
    mountPage(`<div contenteditable="true">${html}</div>`);
    return readComposerText(document.querySelector('[contenteditable]')!);
  }
  it('reads Lexical paragraphs, placeholders and line breaks', () => {
    expect(read('<p class="selectable-text copyable-text"><br></p>')).toBe('');
    expect(read('<p><span data-lexical-text="true">Hallo</span></p><p><br></p><p><span>Welt</span></p>')).toBe('Hallo\n\nWelt');
    // Shift+Enter: a LineBreakNode inside the paragraph, plus Lexical's trailing placeholder.
    expect(read('<p><span>eins</span><br><span>zwei</span></p>')).toBe('eins\nzwei');
    expect(read('<p><span>eins</span><br><br></p>')).toBe('eins\n');
    expect(read('<p><span>Hi </span><img alt="🙂" src="data:,"></p>')).toBe('Hi 🙂');
  });
});
