/** Which stored records a row or header shows (all keys of a chat), and chip text contrast. */
import { describe, expect, it } from 'vitest';
import { chatKeyCandidates, flagOf, labelsOf, type ChatMarksData } from '../../../entrypoints/whatsapp.content/features/chat-marks/live-data.ts';
import { chipTextColor, DEFAULT_LABELS, LABEL_PALETTE } from '../../../utils/labels/palette.ts';
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { FlagRecord, LabelRecord } from '../../../utils/messaging/protocol.ts';

const flag = (chatKey: ChatKey, state: 'open' | 'due', waitingSince: number): FlagRecord => ({ chatKey, state, waitingSince, updatedAt: 0 });
const label = (id: string, order: number): LabelRecord => ({ id, name: id, color: '#123456', order, updatedAt: 0 });

function data(partial: Partial<ChatMarksData>): ChatMarksData {
  return { flags: new Map(), labels: [], labelsById: new Map(), chatLabels: new Map(), jidByTitleKey: new Map(), settings: null, ready: true, ...partial };
}

describe('chatKeyCandidates', () => {
  it('a title-keyed row also looks under the JID remembered for its title', () => {
    const d = data({ jidByTitleKey: new Map([['title:Anna Müller', 'jid:491701234567@c.us']]) });
    expect(chatKeyCandidates('title:Anna Müller', 'Anna Müller', d)).toEqual(['title:Anna Müller', 'jid:491701234567@c.us']);
  });
  it('a JID-keyed row also looks under its title (a flag set from the row before the chat was opened)', () => {
    expect(chatKeyCandidates('jid:491701234567@c.us', ' Anna  Müller ', data({}))).toEqual(['jid:491701234567@c.us', 'title:Anna Müller']);
  });
});

describe('flagOf / labelsOf', () => {
  const keys: ChatKey[] = ['title:Anna', 'jid:4917@c.us'];
  it('no flag under any key: null; a due flag wins; else the longer wait', () => {
    expect(flagOf(keys, data({}))).toBeNull();
    const open = flag('title:Anna', 'open', 100);
    const due = flag('jid:4917@c.us', 'due', 500);
    expect(flagOf(keys, data({ flags: new Map([['title:Anna', open], ['jid:4917@c.us', due]]) }))).toBe(due);
    const older = flag('jid:4917@c.us', 'open', 50);
    expect(flagOf(keys, data({ flags: new Map([['title:Anna', open], ['jid:4917@c.us', older]]) }))).toBe(older);
  });
  it('labels of all keys, once each, in the user order', () => {
    const labels = [label('b', 0), label('a', 1), label('c', 2)];
    const d = data({ labels, chatLabels: new Map<ChatKey, string[]>([['title:Anna', ['c', 'a']], ['jid:4917@c.us', ['a', 'b']]]) });
    expect(labelsOf(keys, d).map((l) => l.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('palette', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  it('every palette and default color gets readable chip text (WCAG AA for its small bold text: 4.5)', () => {
    for (const color of [...LABEL_PALETTE, ...DEFAULT_LABELS.map((l) => l.color)]) expect(contrast(color, chipTextColor(color)), color).toBeGreaterThanOrEqual(4.5);
    expect(chipTextColor('#1f7a4d')).toBe('#ffffff');
    expect(chipTextColor('#ffeb3b')).toBe('#111b21');
    expect(chipTextColor('#ffffff')).toBe('#111b21');
    expect(chipTextColor('not a color')).toBe('#ffffff');
  });
  it('default labels have distinct ids and locale keys', () => {
    expect(new Set(DEFAULT_LABELS.map((l) => l.id)).size).toBe(8);
    expect(new Set(DEFAULT_LABELS.map((l) => l.nameKey)).size).toBe(8);
  });
});
