/**
 * What fills a template's placeholders in the open chat: the chat's name from the adapter, the
 * company name from the settings, the moment of insertion, and the template's language for dates
 * (a German template gets "28.11.2026" also in an English UI; docs/templates.md).
 */
import type { CurrentChat } from '../../../../utils/whatsapp/identity.ts';
import { renderTemplate, type RenderResult, type Template } from '../../../../utils/templates/index.ts';

export interface FillSource {
  chat: CurrentChat | null;
  company: string;
  now: Date;
}

export function fillTemplate(template: Template, source: FillSource, values: Record<string, string>): RenderResult {
  const { chat } = source;
  return renderTemplate(template.body, {
    chatName: chat?.title,
    // Only a JID says "group" for sure; a title-keyed chat is judged by its name (deriveFirstName).
    chatIsGroup: chat?.jid?.endsWith('@g.us') ?? false,
    companyName: source.company,
    now: source.now,
    locale: template.language,
    values,
  });
}
