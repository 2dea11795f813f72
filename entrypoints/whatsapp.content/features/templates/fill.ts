/**
 * What fills a template's placeholders in the open chat: the chat's name from the adapter, the
 * company name from the settings, the moment of insertion, and the template's language for dates
 * (a German template gets "28.11.2026" also in an English UI; docs/templates.md).
 */
import type { CurrentChat } from '../../../../utils/whatsapp/identity.ts';
import {
  builtInValue,
  parsePlaceholders,
  renderTemplate,
  salutationLeavesOut,
  type RenderContext,
  type RenderResult,
  type Template,
} from '../../../../utils/templates/index.ts';

export interface FillSource {
  chat: CurrentChat | null;
  company: string;
  now: Date;
}

/** A placeholder as the picker's form shows it: its name as written in the template, and a value. */
export interface FieldValue {
  name: string;
  value: string;
}

function contextFor(template: Template, source: FillSource, values: Record<string, string>): RenderContext {
  const { chat } = source;
  return {
    chatName: chat?.title,
    // Only a JID says "group" for sure; a title-keyed chat is judged by its name (deriveFirstName).
    chatIsGroup: chat?.jid?.endsWith('@g.us') ?? false,
    companyName: source.company,
    now: source.now,
    locale: template.language,
    values,
  };
}

export function fillTemplate(template: Template, source: FillSource, values: Record<string, string>): RenderResult {
  return renderTemplate(template.body, contextFor(template, source, values));
}

/**
 * Every placeholder of the template once (a built-in once whatever its spelling), with what Zettel
 * would put there now — '' where it has nothing — so the user can check and change it before inserting.
 */
export function templateFields(template: Template, source: FillSource): FieldValue[] {
  const context = contextFor(template, source, {});
  // A company's name the greeting leaves out shows empty: confirming keeps "Guten Tag," as it is.
  const leftOut = salutationLeavesOut(template.body, context);
  const seen = new Set<string>();
  const fields: FieldValue[] = [];
  for (const token of parsePlaceholders(template.body)) {
    const id = token.kind === 'built-in' ? `built-in:${token.builtIn}` : `custom:${token.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const derived = token.kind === 'built-in' && token.builtIn !== leftOut ? builtInValue(token.builtIn, context) : undefined;
    fields.push({ name: token.name, value: derived ?? '' });
  }
  return fields;
}
