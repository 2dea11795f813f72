/**
 * Atomic CSS with generated class names, like WhatsApp's stylex output (whatsapp-dom.md §5): every
 * declaration becomes one class such as `x1q3k9z`. Names come from Math.random, NOT from the data seed,
 * so they change on every load and no test or adapter can select by class.
 */
const declarationToClass = new Map<string, string>();
const usedNames = new Set<string>();
let sheet: CSSStyleSheet | null = null;

function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    const style = document.createElement('style');
    document.head.append(style);
    if (!style.sheet) throw new Error('no stylesheet');
    sheet = style.sheet;
  }
  return sheet;
}

function freshName(): string {
  for (;;) {
    const name = `x${Math.random().toString(36).slice(2, 2 + 5 + Math.floor(Math.random() * 3))}`;
    if (!usedNames.has(name) && !/^x\d*$/.test(name)) {
      usedNames.add(name);
      return name;
    }
  }
}

export type Declarations = Record<string, string | number>;

/** Class list for the declarations (kebab-case property names), creating rules on first use. */
export function sx(declarations: Declarations): string {
  const names: string[] = [];
  for (const [property, raw] of Object.entries(declarations)) {
    const value = String(raw);
    const key = `${property}:${value}`;
    let name = declarationToClass.get(key);
    if (!name) {
      name = freshName();
      declarationToClass.set(key, name);
      styleSheet().insertRule(`.${name}{${property}:${value}}`, styleSheet().cssRules.length);
    }
    names.push(name);
  }
  return names.join(' ');
}

/** Joins class lists, dropping empty parts (semantic classes are mixed into generated ones). */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}
