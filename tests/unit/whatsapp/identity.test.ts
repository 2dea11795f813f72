import { describe, expect, it } from 'vitest';
import { ChatIdentityResolver, keyForTitle, RENAME_SETTLE_MS, RETITLE_WINDOW_MS, TitleJidMap, type ConversationSnapshot } from '../../../utils/whatsapp/identity.ts';

const paneA = { id: 'pane-a' } as unknown as Element;
const paneB = { id: 'pane-b' } as unknown as Element;

const annaIds = ['false_491701234567@c.us_A1', 'true_491701234567@c.us_A2'];
const bernIds = ['false_491709999999@c.us_B1', 'false_491709999999@c.us_B2'];

function snap(pane: Element | null, title: string, rawIds: string[], extra: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return { pane, title, rawIds, ...extra };
}

describe('chat identity resolver', () => {
  it('keys by the JID of full-form data-ids (strategy data-id-jid)', () => {
    const resolver = new ChatIdentityResolver();
    const result = resolver.update(snap(paneA, 'Anna Müller', annaIds), 0);
    expect(result.change).toBe('opened');
    expect(result.chat).toEqual({ key: 'jid:491701234567@c.us', title: 'Anna Müller', jid: '491701234567@c.us', strategy: 'data-id-jid' });
  });

  it('keys by the title when ids are bare (strategy title)', () => {
    const resolver = new ChatIdentityResolver();
    expect(resolver.update(snap(paneA, 'Anna Müller', ['A1', 'A2']), 0).chat).toEqual({ key: 'title:Anna Müller', title: 'Anna Müller', strategy: 'title' });
  });

  it('header before messages: a new title is never given the old messages’ JID', () => {
    const resolver = new ChatIdentityResolver();
    resolver.update(snap(paneA, 'Anna Müller', annaIds), 0);
    // Same pane, new header, old messages still rendered.
    const interim = resolver.update(snap(paneA, 'Bernd Bauer', annaIds, { listedTitles: new Set(['Anna Müller', 'Bernd Bauer']) }), 10);
    expect(interim.chat).toEqual({ key: 'title:Bernd Bauer', title: 'Bernd Bauer', strategy: 'title' });
    expect(interim.change).toBe('switched');
    expect(interim.recheckInMs).toBeGreaterThan(0);
    // The new messages arrive: now the JID is the new chat's.
    const settled = resolver.update(snap(paneA, 'Bernd Bauer', bernIds), 40);
    expect(settled.chat).toMatchObject({ key: 'jid:491709999999@c.us', title: 'Bernd Bauer' });
    expect(settled.change).toBe('identified');
    expect(settled.alias).toBeNull();
    expect(resolver.learned.get('Anna Müller')?.jid).toBe('491701234567@c.us');
    expect(resolver.learned.get('Bernd Bauer')?.jid).toBe('491709999999@c.us');
  });

  it('a rename: same messages under a new title, old title no longer listed → alias', () => {
    const resolver = new ChatIdentityResolver();
    resolver.update(snap(paneA, 'Anna Müller', annaIds), 0);
    const listed = new Set(['Anna Schmidt', 'Bernd Bauer']);
    resolver.update(snap(paneA, 'Anna Schmidt', annaIds, { listedTitles: listed }), 100);
    const early = resolver.update(snap(paneA, 'Anna Schmidt', annaIds, { listedTitles: listed }), 100 + RENAME_SETTLE_MS / 2);
    expect(early.alias).toBeNull();
    // A message arriving meanwhile does not make it a switch: old ones are still there.
    const result = resolver.update(snap(paneA, 'Anna Schmidt', [...annaIds, 'false_491701234567@c.us_A3'], { listedTitles: listed }), 100 + RENAME_SETTLE_MS);
    expect(result.change).toBe('renamed');
    expect(result.alias).toEqual({ from: 'title:Anna Müller', to: 'jid:491701234567@c.us', fromTitle: 'Anna Müller', toTitle: 'Anna Schmidt', jid: '491701234567@c.us' });
    expect(result.chat).toMatchObject({ key: 'jid:491701234567@c.us', title: 'Anna Schmidt', strategy: 'data-id-jid' });
    expect(resolver.learned.get('Anna Müller')).toBeUndefined();
    expect(resolver.learned.get('Anna Schmidt')?.jid).toBe('491701234567@c.us');
  });

  it('a rename with bare ids: alias between the two title keys', () => {
    const resolver = new ChatIdentityResolver();
    resolver.update(snap(paneA, 'Anna Müller', ['A1', 'A2']), 0);
    resolver.update(snap(paneA, 'Anna Schmidt', ['A1', 'A2'], { listedTitles: new Set() }), 10);
    const result = resolver.update(snap(paneA, 'Anna Schmidt', ['A1', 'A2'], { listedTitles: new Set() }), 10 + RENAME_SETTLE_MS);
    expect(result.alias).toMatchObject({ from: 'title:Anna Müller', to: 'title:Anna Schmidt' });
    expect(result.chat?.key).toBe('title:Anna Schmidt');
  });

  it('no alias while the old title is still listed (a slow switch, not a rename)', () => {
    const resolver = new ChatIdentityResolver();
    resolver.update(snap(paneA, 'Anna Müller', ['A1']), 0);
    const listed = new Set(['Anna Müller', 'Bernd Bauer']);
    resolver.update(snap(paneA, 'Bernd Bauer', ['A1'], { listedTitles: listed }), 10);
    expect(resolver.update(snap(paneA, 'Bernd Bauer', ['A1'], { listedTitles: listed }), 10 + RENAME_SETTLE_MS).alias).toBeNull();
    const late = resolver.update(snap(paneA, 'Bernd Bauer', ['A1'], { listedTitles: listed }), 10 + RENAME_SETTLE_MS * 3);
    expect(late.alias).toBeNull();
    expect(late.recheckInMs).toBeNull();
    expect(late.chat?.key).toBe('title:Bernd Bauer');
  });

  it('a re-mounted pane of the same chat is a re-render; a new pane of another chat a switch', () => {
    const resolver = new ChatIdentityResolver();
    resolver.update(snap(paneA, 'Anna Müller', annaIds), 0);
    expect(resolver.update(snap(paneB, 'Anna Müller', annaIds), 10).change).toBe('rerendered');
    const switched = resolver.update(snap(paneA, 'Bernd Bauer', []), 20);
    expect(switched.change).toBe('switched');
    // Nothing stale can be in a new pane; the JID comes when its messages render.
    expect(switched.chat?.key).toBe('title:Bernd Bauer');
    expect(resolver.update(snap(paneA, 'Bernd Bauer', bernIds), 30).chat?.key).toBe('jid:491709999999@c.us');
  });

  it('message JIDs changing under the same title (two chats named alike) change the key', () => {
    const resolver = new ChatIdentityResolver();
    resolver.update(snap(paneA, 'Max', ['false_1@c.us_A']), 0);
    const result = resolver.update(snap(paneA, 'Max', ['false_2@c.us_B']), 10);
    expect(result.chat?.key).toBe('jid:2@c.us');
    expect(result.change).toBe('identified');
  });

  it('closing the conversation', () => {
    const resolver = new ChatIdentityResolver();
    resolver.update(snap(paneA, 'Anna Müller', annaIds), 0);
    expect(resolver.update(snap(null, '', []), 10)).toMatchObject({ chat: null, change: 'closed' });
  });

  it('a learned JID re-keys rows with that title, and the open chat before its messages render', () => {
    const learned = new TitleJidMap();
    const resolver = new ChatIdentityResolver(learned);
    expect(keyForTitle('Anna Müller', learned)).toBe('title:Anna Müller');
    let notified = 0;
    learned.onChange(() => notified++);
    resolver.update(snap(paneA, 'Anna Müller', annaIds), 0);
    expect(notified).toBe(1);
    expect(keyForTitle('Anna Müller', learned)).toBe('jid:491701234567@c.us');
    resolver.update(snap(null, '', []), 10);
    expect(resolver.update(snap(paneB, 'Anna Müller', []), 20).chat).toMatchObject({ key: 'jid:491701234567@c.us', strategy: 'data-id-jid' });
  });

  describe('rename of a chat without JIDs (bare ids): same messages under a new title, old title gone', () => {
    const phone = '+49 170 1234567';
    const ids = ['3EB0A1', '3EB0A2'];

    it('in a re-mounted pane (header first, then the same messages): alias at once, no settle time', () => {
      const resolver = new ChatIdentityResolver();
      resolver.update(snap(paneA, phone, ids), 0);
      const listed = new Set(['Herr Maier', 'Bernd Bauer']);
      const header = resolver.update(snap(paneB, 'Herr Maier', [], { listedTitles: listed }), 10);
      expect(header.alias).toBeNull();
      expect(header.chat?.key).toBe('title:Herr Maier');
      const messages = resolver.update(snap(paneB, 'Herr Maier', ids, { listedTitles: listed }), 26);
      expect(messages.change).toBe('renamed');
      expect(messages.alias).toEqual({ from: `title:${phone}`, to: 'title:Herr Maier', fromTitle: phone, toTitle: 'Herr Maier' });
    });

    it('in a re-mounted pane that already holds the messages', () => {
      const resolver = new ChatIdentityResolver();
      resolver.update(snap(paneA, phone, ids), 0);
      const result = resolver.update(snap(paneB, 'Herr Maier', ids, { listedTitles: new Set(['Herr Maier']) }), 10);
      expect(result.alias?.toTitle).toBe('Herr Maier');
    });

    it('in the same pane, when the selected row changed its title in place: alias at once', () => {
      const resolver = new ChatIdentityResolver();
      resolver.update(snap(paneA, phone, ids), 0);
      const retitledRows = [{ from: phone, to: 'Herr Maier', selected: true, at: 9 }];
      const result = resolver.update(snap(paneA, 'Herr Maier', ids, { listedTitles: new Set(['Herr Maier']), retitledRows }), 10);
      expect(result.change).toBe('renamed');
      expect(result.alias?.from).toBe(`title:${phone}`);
    });

    it('a row retitled in place that is not the selected one (a search result) is no proof: wait', () => {
      const resolver = new ChatIdentityResolver();
      resolver.update(snap(paneA, phone, ids), 0);
      const retitledRows = [{ from: phone, to: 'Herr Maier', selected: false, at: 9 }];
      const early = resolver.update(snap(paneA, 'Herr Maier', ids, { listedTitles: new Set(['Herr Maier']), retitledRows }), 10);
      expect(early.alias).toBeNull();
      expect(early.recheckInMs).toBeGreaterThan(0);
    });

    it('a row retitled long before the header changed is no proof', () => {
      const resolver = new ChatIdentityResolver();
      resolver.update(snap(paneA, phone, ids), 0);
      const retitledRows = [{ from: phone, to: 'Herr Maier', selected: true, at: 10 }];
      const early = resolver.update(snap(paneA, 'Herr Maier', ids, { listedTitles: new Set(['Herr Maier']), retitledRows }), 10 + RETITLE_WINDOW_MS * 2);
      expect(early.alias).toBeNull();
    });

    it('a re-mounted pane with the same messages while the old title is still listed: no alias (another chat has that name)', () => {
      const resolver = new ChatIdentityResolver();
      resolver.update(snap(paneA, phone, ids), 0);
      const listed = new Set([phone, 'Herr Maier']);
      expect(resolver.update(snap(paneB, 'Herr Maier', ids, { listedTitles: listed }), 10).alias).toBeNull();
      const late = resolver.update(snap(paneB, 'Herr Maier', ids, { listedTitles: listed }), 10 + RENAME_SETTLE_MS * 3);
      expect(late.alias).toBeNull();
      expect(late.chat?.key).toBe('title:Herr Maier');
    });

    it('a switch to another chat in a re-mounted pane stays a switch', () => {
      const resolver = new ChatIdentityResolver();
      resolver.update(snap(paneA, phone, ids), 0);
      const listed = new Set(['Herr Maier']);
      resolver.update(snap(paneB, 'Bernd Bauer', [], { listedTitles: listed }), 10);
      const result = resolver.update(snap(paneB, 'Bernd Bauer', ['3EB0B1'], { listedTitles: listed }), 26);
      expect(result.alias).toBeNull();
      expect(result.chat?.key).toBe('title:Bernd Bauer');
    });
  });
});
