/**
 * The placeholder syntax of template bodies: `{Name}` is a placeholder, `{{` and `}}` are literal
 * braces, and anything else in braces that is not a valid name (`{ }`, `{12}`, `{a:b}`) stays text —
 * customers' messages contain braces rarely, and a typo must not swallow the text.
 *
 * A name starts with a letter and continues with letters, digits, spaces, "-", "_" or "." (at most
 * 40 characters), so German custom fields read naturally: `{Auftragsnummer}`, `{Neuer Termin}`,
 * `{Rechnungs-Nr.}`. Names are case-insensitive; built-ins have German and English spellings.
 */

export type BuiltInPlaceholder = 'name' | 'firstName' | 'date' | 'time' | 'tomorrow' | 'weekday' | 'company';

/** Spellings per built-in, German first (the spelling shown by default for German templates). */
export const BUILT_IN_SPELLINGS: Readonly<Record<BuiltInPlaceholder, { de: string; en: string; aliases: readonly string[] }>> = {
  name: { de: 'Name', en: 'Name', aliases: [] },
  firstName: { de: 'Vorname', en: 'FirstName', aliases: ['First Name', 'First-Name', 'First_Name'] },
  date: { de: 'Datum', en: 'Date', aliases: ['Heute', 'Today'] },
  time: { de: 'Uhrzeit', en: 'Time', aliases: [] },
  tomorrow: { de: 'Morgen', en: 'Tomorrow', aliases: [] },
  weekday: { de: 'Wochentag', en: 'Weekday', aliases: [] },
  company: { de: 'Firma', en: 'Company', aliases: [] },
};

/** The comparison key of a placeholder name: case-folded, inner whitespace collapsed. */
export function placeholderKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const BUILT_IN_BY_KEY: ReadonlyMap<string, BuiltInPlaceholder> = new Map(
  (Object.entries(BUILT_IN_SPELLINGS) as [BuiltInPlaceholder, (typeof BUILT_IN_SPELLINGS)[BuiltInPlaceholder]][]).flatMap(
    ([builtIn, spelling]) => [spelling.de, spelling.en, ...spelling.aliases].map((name) => [placeholderKey(name), builtIn] as const),
  ),
);

/** Which built-in a name stands for, in any spelling and case; undefined for a custom field. */
export function builtInPlaceholder(name: string): BuiltInPlaceholder | undefined {
  return BUILT_IN_BY_KEY.get(placeholderKey(name));
}

export type PlaceholderToken =
  | { kind: 'built-in'; builtIn: BuiltInPlaceholder; name: string; key: string; start: number; end: number }
  | { kind: 'custom'; name: string; key: string; start: number; end: number };

/** A piece of a parsed body: literal text (braces already unescaped) or a placeholder. */
export type BodySegment = { kind: 'text'; text: string } | PlaceholderToken;

export const PLACEHOLDER_NAME_MAX = 40;
const NAME_PATTERN = /^\p{L}[\p{L}\p{N} ._-]*$/u;

function readPlaceholderName(raw: string): string | undefined {
  if (raw.length === 0 || raw.length > PLACEHOLDER_NAME_MAX) return undefined;
  if (raw !== raw.trim() || !NAME_PATTERN.test(raw)) return undefined;
  return raw;
}

/**
 * Splits a body into text and placeholders. Positions are UTF-16 offsets into `body`; a token's
 * `end` is exclusive and covers both braces (an editor can underline exactly that range).
 */
export function parseBody(body: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let text = '';
  const flushText = () => {
    if (text) segments.push({ kind: 'text', text });
    text = '';
  };
  let index = 0;
  while (index < body.length) {
    const char = body[index] as string;
    if (char === '{' && body[index + 1] === '{') {
      text += '{';
      index += 2;
      continue;
    }
    if (char === '}' && body[index + 1] === '}') {
      text += '}';
      index += 2;
      continue;
    }
    if (char === '{') {
      const close = body.indexOf('}', index + 1);
      // Only look a bounded distance ahead: a stray "{" in a long text must not cost a scan per brace.
      const name = close !== -1 && close - index - 1 <= PLACEHOLDER_NAME_MAX ? readPlaceholderName(body.slice(index + 1, close)) : undefined;
      if (name !== undefined) {
        flushText();
        const key = placeholderKey(name);
        const builtIn = BUILT_IN_BY_KEY.get(key);
        const end = close + 1;
        segments.push(builtIn ? { kind: 'built-in', builtIn, name, key, start: index, end } : { kind: 'custom', name, key, start: index, end });
        index = end;
        continue;
      }
    }
    text += char;
    index += 1;
  }
  flushText();
  return segments;
}

/** Every placeholder of a body in order of appearance (repeats included). */
export function parsePlaceholders(body: string): PlaceholderToken[] {
  return parseBody(body).filter((segment): segment is PlaceholderToken => segment.kind !== 'text');
}

/**
 * The custom fields a body asks for, once each, in the spelling of their first appearance — what
 * an editor lists as "fields this template needs".
 */
export function customFieldNames(body: string): string[] {
  const seen = new Map<string, string>();
  for (const token of parsePlaceholders(body)) {
    if (token.kind === 'custom' && !seen.has(token.key)) seen.set(token.key, token.name);
  }
  return [...seen.values()];
}

/** Escapes literal braces in text that is meant to appear as-is in a template body. */
export function escapeTemplateText(text: string): string {
  return text.replace(/\{/g, '{{').replace(/\}/g, '}}');
}
