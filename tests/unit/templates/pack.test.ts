import { describe, expect, it } from 'vitest';
import { validateTemplate, type Template } from '../../../utils/templates/model.ts';
import { defaultTemplates, PACK_CUSTOM_FIELDS, templatesToSeed } from '../../../utils/templates/pack.ts';
import { parsePlaceholders } from '../../../utils/templates/placeholders.ts';
import { renderTemplate } from '../../../utils/templates/render.ts';

const NOW = Date.UTC(2026, 10, 27, 9);
const packs = { de: defaultTemplates('de', { now: NOW }), en: defaultTemplates('en', { now: NOW }) };
const all: Template[] = [...packs.de, ...packs.en];

/** The ten situations of issue #5, by the pack key that covers them. */
const SITUATIONS = ['appointment-confirmed', 'appointment-moved', 'quote-follows', 'on-the-way', 'send-photos', 'material-ordered', 'invoice-sent', 'payment-reminder', 'away', 'thanks-for-order'];

describe('default template pack', () => {
  it('is valid, with unique ids and unique shortcuts across both languages', () => {
    for (const template of all) expect(validateTemplate(template), template.id).toEqual({ ok: true, template });
    expect(new Set(all.map((template) => template.id)).size).toBe(all.length);
    const shortcuts = all.map((template) => template.shortcut);
    expect(new Set(shortcuts).size).toBe(all.length);
  });

  it('covers the ten situations: German as Sie and du, English once', () => {
    for (const key of SITUATIONS) {
      expect(packs.de.find((template) => template.id === `pack-de-sie-${key}`), `de sie ${key}`).toBeDefined();
      expect(packs.de.find((template) => template.id === `pack-de-du-${key}`), `de du ${key}`).toBeDefined();
      expect(packs.en.find((template) => template.id === `pack-en-${key}`), `en ${key}`).toBeDefined();
    }
    expect(packs.de.every((template) => template.language === 'de' && template.formality !== undefined)).toBe(true);
    expect(packs.en.every((template) => template.language === 'en' && template.formality === undefined)).toBe(true);
  });

  it('uses only built-ins or the intended custom fields', () => {
    for (const language of ['de', 'en'] as const) {
      const intended = new Set(PACK_CUSTOM_FIELDS[language]);
      const used = new Set<string>();
      for (const template of packs[language]) {
        for (const token of parsePlaceholders(template.body)) {
          if (token.kind === 'custom') {
            expect(intended.has(token.name), `${template.id}: {${token.name}}`).toBe(true);
            used.add(token.name);
          }
        }
      }
      expect([...used].sort()).toEqual([...intended].sort());
    }
  });

  it('addresses the reader correctly: du with {Vorname}, Sie with {Name}', () => {
    for (const template of packs.de) {
      const names = parsePlaceholders(template.body).map((token) => token.name);
      if (template.formality === 'du') {
        expect(names, template.id).not.toContain('Name');
        expect(template.body, template.id).not.toMatch(/\b(Sie|Ihr|Ihnen|Ihre[nmrs]?)\b/);
      } else {
        expect(names, template.id).not.toContain('Vorname');
        expect(template.body, template.id).not.toMatch(/\b(du|dich|dir|dein[e]?[nmrs]?)\b/);
      }
    }
  });

  it('spells placeholders in the language of the template', () => {
    for (const template of packs.en) {
      const names = parsePlaceholders(template.body).filter((token) => token.kind === 'built-in').map((token) => token.name);
      for (const name of names) expect(['Name', 'FirstName', 'Date', 'Time', 'Tomorrow', 'Weekday', 'Company'], template.id).toContain(name);
    }
  });

  it('renders completely once the custom fields are given', () => {
    for (const template of all) {
      const values = Object.fromEntries(PACK_CUSTOM_FIELDS[template.language].map((name) => [name, `<${name}>`]));
      const result = renderTemplate(template.body, { chatName: 'Anna Müller', companyName: 'Becker Haustechnik', now: new Date(NOW), locale: template.language, values });
      expect(result, template.id).toHaveProperty('text');
      if ('text' in result) expect(result.text, template.id).not.toMatch(/[{}]/);
    }
  });

  it('filters German templates by form of address', () => {
    const sie = defaultTemplates('de', { now: NOW, formality: 'sie' });
    expect(sie.every((template) => template.formality === 'sie')).toBe(true);
    expect(sie.length).toBe(11);
    expect(defaultTemplates('de', { now: NOW, formality: 'du' }).length).toBe(13); // 11 customer messages + 2 crew messages
  });

  it('seeds only what is missing and never steals a user’s shortcut', () => {
    const mine = [{ id: 'own-1', shortcut: 'termin' }, { id: 'pack-de-sie-away' }];
    const seeded = templatesToSeed(packs.de, mine);
    expect(seeded.some((template) => template.id === 'pack-de-sie-away')).toBe(false);
    expect(seeded.find((template) => template.id === 'pack-de-sie-appointment-confirmed')?.shortcut).toBeUndefined();
    expect(seeded).toHaveLength(packs.de.length - 1);
    expect(templatesToSeed(packs.de, packs.de)).toEqual([]);
  });
});
