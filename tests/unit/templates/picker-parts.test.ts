// @vitest-environment happy-dom
/**
 * The small parts of the compose-box picker that do not need a browser: where the button goes in the
 * compose row, which keys open the picker, and how the open chat fills a template.
 */
import { describe, expect, it } from 'vitest';
import { fillTemplate, templateFields } from '../../../entrypoints/whatsapp.content/features/templates/fill.ts';
import { isPickerShortcut } from '../../../entrypoints/whatsapp.content/features/templates/open-keys.ts';
import { composeToolPlace, placeComposeTool } from '../../../utils/whatsapp/compose-tools.ts';
import type { Template } from '../../../utils/templates/index.ts';

function composeRow(): { box: HTMLElement; wrapper: HTMLElement; row: HTMLElement } {
  const footer = document.createElement('footer');
  const row = document.createElement('div');
  const attach = document.createElement('button');
  const wrapper = document.createElement('div');
  const box = document.createElement('div');
  box.contentEditable = 'true';
  const slot = document.createElement('div');
  slot.append(document.createElement('button'));
  wrapper.append(box);
  row.append(attach, wrapper, slot);
  footer.append(document.createElement('div'), row);
  document.body.replaceChildren(footer);
  return { box, wrapper, row };
}

describe('composeToolPlace', () => {
  it('puts the tool into the editor row, right before the editor cell', () => {
    const { box, wrapper, row } = composeRow();
    const place = composeToolPlace(box);
    expect(place).toEqual({ parent: row, before: wrapper });
    const tool = document.createElement('button');
    tool.dataset.zettelAction = 'open-templates';
    placeComposeTool(tool, place!);
    expect(tool.nextElementSibling).toBe(wrapper);
    // Placed again: no move, and our own button does not change where the row is found.
    const again = composeToolPlace(box);
    expect(again).toEqual({ parent: row, before: wrapper });
    placeComposeTool(tool, again!);
    expect([...row.children].indexOf(tool)).toBe(1);
  });

  it('falls back to "before the editor" without a button row, and to null without an editor', () => {
    const parent = document.createElement('div');
    const box = document.createElement('div');
    parent.append(box);
    document.body.replaceChildren(parent);
    expect(composeToolPlace(box)).toEqual({ parent, before: box });
    expect(composeToolPlace(null)).toBeNull();
  });
});

describe('isPickerShortcut', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
  it('is Alt+Shift+T by the physical key, whatever character the layout makes of it', () => {
    expect(isPickerShortcut(key({ code: 'KeyT', key: 'T', altKey: true, shiftKey: true }))).toBe(true);
    expect(isPickerShortcut(key({ code: 'KeyT', key: 'ˇ', altKey: true, shiftKey: true }))).toBe(true);
    expect(isPickerShortcut(key({ code: 'KeyT', key: 't', altKey: true }))).toBe(false);
    expect(isPickerShortcut(key({ code: 'KeyT', key: 'T', altKey: true, shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isPickerShortcut(key({ code: 'KeyY', key: 'Y', altKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('fillTemplate', () => {
  const now = new Date(2026, 11, 31, 14, 30);
  const template = (body: string, language: 'de' | 'en' = 'de'): Template => ({ id: 't', title: 't', body, tags: [], language, usageCount: 0, createdAt: 0, updatedAt: 0 });
  const person = { key: 'title:Anna Müller', title: 'Anna Müller', strategy: 'title' } as const;

  it('fills the chat name, dates in the template language and the company', () => {
    expect(fillTemplate(template('Hallo {Vorname}, bis {Morgen}. {Firma}'), { chat: person, company: 'Elektro Schmidt', now }, {})).toEqual({
      text: 'Hallo Anna, bis 01.01.2027. Elektro Schmidt',
    });
    expect(fillTemplate(template('See you {Tomorrow}', 'en'), { chat: person, company: '', now }, {})).toEqual({ text: 'See you January 1, 2027' });
  });

  it('asks for what the chat cannot give: a group has no first name, no company set', () => {
    const group = { key: 'jid:120363@g.us', title: 'Anna', jid: '120363@g.us', strategy: 'data-id-jid' } as const;
    // A group is greeted without a name (render.ts, salutation fallback); its first name is asked for elsewhere.
    expect(fillTemplate(template('Hallo {Vorname}, {Firma}'), { chat: group, company: ' ', now }, {})).toEqual({ missing: ['Firma'] });
    expect(fillTemplate(template('{Vorname}: {Firma}'), { chat: group, company: ' ', now }, {})).toEqual({ missing: ['Vorname', 'Firma'] });
    expect(fillTemplate(template('Hallo {Name}'), { chat: null, company: '', now }, {})).toEqual({ missing: ['Name'] });
    expect(fillTemplate(template('Hallo {Vorname}'), { chat: group, company: '', now }, { Vorname: 'Tom' })).toEqual({ text: 'Hallo Tom' });
  });

  it('lists every placeholder once with the value it would get, for changing before inserting', () => {
    const body = 'Hallo {Vorname} / {FirstName}, {Datum}: {Auftrag} {auftrag} {Firma}';
    expect(templateFields(template(body), { chat: person, company: '', now })).toEqual([
      { name: 'Vorname', value: 'Anna' },
      { name: 'Datum', value: '31.12.2026' },
      { name: 'Auftrag', value: '' },
      { name: 'Firma', value: '' },
    ]);
    expect(templateFields(template('Ohne Platzhalter {{x}}'), { chat: person, company: '', now })).toEqual([]);
    // A company greeted without its name: the field is empty, so confirming the form keeps "Guten Tag,".
    const company = { ...person, title: 'Fliesen Krüger GmbH' };
    const greeting = template('Guten Tag {Name},\nIhr Auftrag für {Name}');
    expect(templateFields(greeting, { chat: company, company: '', now })).toEqual([{ name: 'Name', value: '' }]);
    expect(fillTemplate(greeting, { chat: company, company: '', now }, { Name: '' })).toEqual({ text: 'Guten Tag,\nIhr Auftrag für Fliesen Krüger GmbH' });
  });
});
