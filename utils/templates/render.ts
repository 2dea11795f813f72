/**
 * Filling a template body for one chat. Values are plain text: they are inserted verbatim and never
 * parsed again, so a value containing "{Name}", "<b>" or bidi controls stays exactly that text.
 */
import { addDays, format } from 'date-fns';
import { de, enUS, type Locale } from 'date-fns/locale';
import { addresseeKind, cleanChatName, deriveFirstName, type AddresseeKind } from './first-name.ts';
import { builtInPlaceholder, parseBody, placeholderKey, type BodySegment, type BuiltInPlaceholder, type PlaceholderToken } from './placeholders.ts';

export interface RenderContext {
  /** The chat's display name as WhatsApp shows it (from the adapter). */
  chatName?: string;
  /** Groups have a title, not a person's name: {Vorname} is then asked for. */
  chatIsGroup?: boolean;
  /** The user's company name from the settings. */
  companyName?: string;
  /** The moment of insertion; dates and times are formatted in the runtime's time zone. */
  now: Date;
  locale: 'de' | 'en';
  /**
   * Values the user typed, keyed by placeholder name in any case and spelling ("Auftragsnummer",
   * "vorname", "FirstName"). They win over what is derived from the chat, so the picker can let
   * the user correct a derived first name.
   */
  values: Record<string, string>;
}

export type RenderResult = { text: string } | { missing: string[] };

const DATE_LOCALES: Record<RenderContext['locale'], Locale> = { de, en: enUS };
/**
 * German: "27.11.2026" as people write it. English: "November 27, 2026" — spelled out because
 * "11/27/2026" and "27/11/2026" mean different days to US and UK readers.
 */
const DATE_PATTERNS: Record<RenderContext['locale'], string> = { de: 'dd.MM.yyyy', en: 'MMMM d, yyyy' };

/** The value a built-in takes in this context, or undefined when the context cannot supply one. */
export function builtInValue(builtIn: BuiltInPlaceholder, context: RenderContext): string | undefined {
  const locale = DATE_LOCALES[context.locale];
  switch (builtIn) {
    case 'name':
      return nonBlank(context.chatName === undefined ? '' : cleanChatName(context.chatName));
    case 'firstName':
      return context.chatIsGroup || context.chatName === undefined ? undefined : deriveFirstName(context.chatName);
    case 'company':
      return nonBlank(context.companyName?.trim() ?? '');
    case 'date':
      return format(context.now, DATE_PATTERNS[context.locale], { locale });
    case 'tomorrow':
      // addDays works on the calendar date, so 31.12. → 01.01. and DST nights are no special case.
      return format(addDays(context.now, 1), DATE_PATTERNS[context.locale], { locale });
    case 'weekday':
      return format(context.now, 'EEEE', { locale });
    case 'time':
      // "p": 14:30 in German, 2:30 PM in English.
      return format(context.now, 'p', { locale });
  }
}

function nonBlank(value: string): string | undefined {
  return value.trim() ? value : undefined;
}

interface GivenValues {
  custom: Map<string, string>;
  builtIn: Map<BuiltInPlaceholder, string>;
}

/**
 * The user's values sorted by what they fill. A built-in can be answered under any of its
 * spellings ({Vorname} answered as "FirstName"). A blank value counts as not given, so a missing
 * value is reported rather than rendered as nothing.
 */
function givenValues(values: Record<string, string>): GivenValues {
  const given: GivenValues = { custom: new Map(), builtIn: new Map() };
  // Object.entries sees only own enumerable keys: a "__proto__" key in a hostile object is just a name.
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !value.trim()) continue;
    const builtIn = builtInPlaceholder(name);
    if (builtIn) given.builtIn.set(builtIn, value);
    else given.custom.set(placeholderKey(name), value);
  }
  return given;
}

function tokenValue(token: PlaceholderToken, given: GivenValues, context: RenderContext): string | undefined {
  if (token.kind === 'custom') return given.custom.get(token.key);
  return given.builtIn.get(token.builtIn) ?? builtInValue(token.builtIn, context);
}

/** The placeholders a greeting names someone with. */
const GREETED: ReadonlySet<BuiltInPlaceholder> = new Set(['name', 'firstName']);
/**
 * Chats that cannot be greeted by name. A household can ("Guten Tag Familie Özdemir,"; its first
 * name is asked for, the user knows it); a company or a bare number cannot.
 */
const NOT_GREETED_BY_NAME: ReadonlySet<AddresseeKind> = new Set(['organisation', 'unknown']);

/**
 * The salutation falls back per template (issue #19, point 7): when the body's first line greets — its
 * own words, then {Name} or {Vorname} — and the chat is not someone that reads naturally there (a
 * company: "Guten Tag Fliesen Krüger GmbH,"; a group; a bare phone number), the name is left out and
 * the template's own greeting stands alone ("Guten Tag,", "Hallo,", "Hello,"). A value the user typed
 * for it always wins. Only the first line: a {Name} further down ("Ihr Auftrag für {Name}") is
 * content, not a greeting.
 */
function fallingBackGreeting(segments: BodySegment[], given: GivenValues, context: RenderContext): number {
  const lineEnd = segments.findIndex((segment) => segment.kind === 'text' && segment.text.includes('\n'));
  const firstLine = lineEnd === -1 ? segments.length : lineEnd;
  const index = segments.slice(0, firstLine).findIndex((segment) => segment.kind === 'built-in' && GREETED.has(segment.builtIn));
  const token = segments[index];
  const greeting = segments[index - 1];
  // A greeting is words before the name: "{Name} {Vorname}" alone is no salutation.
  if (!token || token.kind !== 'built-in' || greeting?.kind !== 'text' || !greeting.text.trim()) return -1;
  // No chat at all: nothing is known, so the name is asked for rather than guessed away.
  if (context.chatName === undefined && !context.chatIsGroup) return -1;
  if (given.builtIn.has(token.builtIn) || !NOT_GREETED_BY_NAME.has(addresseeKind(context.chatName, context.chatIsGroup))) return -1;
  return index;
}

function withSalutationFallback(segments: BodySegment[], given: GivenValues, context: RenderContext): BodySegment[] {
  const index = fallingBackGreeting(segments, given, context);
  if (index === -1) return segments;
  const greeting = segments[index - 1] as { kind: 'text'; text: string };
  const result = [...segments];
  result.splice(index - 1, 2, { kind: 'text', text: greeting.text.replace(/[ \t]+$/, '') });
  return result;
}

/**
 * The built-in the salutation leaves out for this chat (see withSalutationFallback), if any: the
 * picker's form shows it empty, so confirming the form keeps the greeting without the name.
 */
export function salutationLeavesOut(body: string, context: RenderContext): BuiltInPlaceholder | undefined {
  const segments = parseBody(body);
  const token = segments[fallingBackGreeting(segments, givenValues(context.values), context)];
  return token?.kind === 'built-in' ? token.builtIn : undefined;
}

/**
 * Renders a body, or lists what is missing: each unfilled placeholder once, in the spelling of its
 * first appearance, in order. Supplying `values[name]` for those names completes the render.
 */
export function renderTemplate(body: string, context: RenderContext): RenderResult {
  const given = givenValues(context.values);
  const missing = new Map<string, string>();
  let text = '';
  for (const segment of withSalutationFallback(parseBody(body), given, context)) {
    if (segment.kind === 'text') {
      text += segment.text;
      continue;
    }
    const value = tokenValue(segment, given, context);
    if (value === undefined) {
      const missingKey = segment.kind === 'built-in' ? `built-in:${segment.builtIn}` : segment.key;
      if (!missing.has(missingKey)) missing.set(missingKey, segment.name);
    } else {
      text += value;
    }
  }
  return missing.size ? { missing: [...missing.values()] } : { text };
}
