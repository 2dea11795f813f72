// @vitest-environment happy-dom
/** The observer's "is this record Zettel's own?" test, memoised per batch (utils/whatsapp/observer.ts). */
import { describe, expect, it } from 'vitest';
import { isOwnRecord, withoutOwnRecords, zettelNodeTest } from '../../../utils/whatsapp/observer.ts';

function el(tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function fixture() {
  const badge = el('b', {}, '3 h');
  const slot = el('span', {}, badge);
  const title = el('span', { title: 'Anna' }, 'Anna');
  const row = el('div', {}, title, el('span', { 'data-zettel': 'chat-marks' }, slot));
  document.body.replaceChildren(row);
  return { row, title, slot, badge };
}

const record = (init: Partial<MutationRecord> & Pick<MutationRecord, 'type' | 'target'>): MutationRecord =>
  ({ addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...init }) as MutationRecord;

describe('own mutation records', () => {
  it('answers each node right whatever the order, with one memo for the batch', () => {
    const { row, title, slot, badge } = fixture();
    const test = zettelNodeTest();
    expect(test(badge.firstChild!)).toBe(true); // a text node inside a mark
    expect(test(title)).toBe(false); // shares the row with the mark, but is WhatsApp's
    expect(test(slot)).toBe(true);
    expect(test(row)).toBe(false);
    expect(test(title.firstChild!)).toBe(false);
  });

  it('drops records of marks and keeps WhatsApp\'s, in one batch', () => {
    const { row, title, badge } = fixture();
    const added = document.createElement('span');
    added.dataset.zettel = 'chat-flag';
    const records = [
      record({ type: 'characterData', target: badge.firstChild! }),
      record({ type: 'attributes', target: title }),
      record({ type: 'childList', target: row, addedNodes: [added] as unknown as NodeList }),
      record({ type: 'childList', target: row, addedNodes: [document.createElement('div')] as unknown as NodeList }),
    ];
    expect(withoutOwnRecords(records)).toEqual([records[1], records[3]]);
    expect(isOwnRecord(records[0]!)).toBe(true);
  });
});
