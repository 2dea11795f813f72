// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsAppAdapter, type ConversationEvent, type RowInfo, type WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import type { HealthReport } from '../../../utils/whatsapp/health.ts';
import type { MessageSnapshot } from '../../../utils/whatsapp/messages.ts';
import { detectTheme, luminance } from '../../../utils/whatsapp/theme.ts';
import { annaConversation, mountPage, pageHtml, type Profile } from './fixtures.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let controller: AbortController;
let adapter: WhatsAppAdapter;
let errors: unknown[];

function start(): void {
  controller = new AbortController();
  errors = [];
  adapter = createWhatsAppAdapter({ signal: controller.signal, onError: (_where, error) => errors.push(error) });
}

afterEach(() => controller?.abort());

describe.each(['legacy-2025', 'current-2026'] as Profile[])('adapter on %s', (profile) => {
  beforeEach(() => mountPage(pageHtml({ profile, open: null })));

  it('reports every row once, then only rows whose content changed (recycling)', async () => {
    start();
    const batches: RowInfo[][] = [];
    adapter.onRows((rows) => batches.push(rows), controller.signal);
    await wait(150);
    expect(batches.flat().map((r) => r.title).sort()).toEqual(['Anna Müller', 'Baustelle Lindenstraße 12', 'Elektro Becker']);

    // Recycle Anna's row to show another chat, in place.
    const item = adapter.rows().find((r) => r.title === 'Anna Müller')!.element;
    const span = item.querySelector('span[title]')!;
    span.setAttribute('title', 'Zimmerei Holz');
    span.firstChild!.textContent = 'Zimmerei Holz';
    item.style.transform = 'translateY(720px)';
    await wait(150);
    const last = batches.at(-1)!;
    expect(last.map((r) => [r.title, r.top, r.key])).toEqual([['Zimmerei Holz', 720, 'title:Zimmerei Holz']]);
    expect(last[0]!.element).toBe(item);
    expect(adapter.rows().map((r) => r.title)).toEqual(['Baustelle Lindenstraße 12', 'Elektro Becker', 'Zimmerei Holz']);
  });

  it("ignores mutations of Zettel's own decorations", async () => {
    start();
    const batches: RowInfo[][] = [];
    adapter.onRows((rows) => batches.push(rows), controller.signal);
    await wait(150);
    const count = batches.length;
    const badge = document.createElement('span');
    badge.setAttribute('data-zettel', 'chat-flag');
    adapter.rows()[0]!.element.querySelector('[role="gridcell"]')!.append(badge);
    badge.textContent = 'due';
    await wait(150);
    expect(batches.length).toBe(count);
  });

  it('follows the open chat and learns its JID for the row (legacy)', async () => {
    start();
    const events: ConversationEvent[] = [];
    adapter.onConversation((event) => events.push(event), controller.signal);
    await wait(50);
    mountPage(pageHtml({ profile, open: annaConversation() }));
    await wait(200);
    const expected = profile === 'legacy-2025' ? 'jid:491701234567@c.us' : 'title:Anna Müller';
    expect(adapter.currentChat()?.key).toBe(expected);
    expect(events.at(-1)?.chat?.key).toBe(expected);
    expect(adapter.rows().find((r) => r.title === 'Anna Müller')?.key).toBe(expected);
    expect(adapter.health().identity).toBe(profile === 'legacy-2025' ? 'data-id-jid' : 'title');
  });

  it('a page cannot hand the adapter a chat id: the old fiber-probe channel (attribute + DOM event) is ignored', async () => {
    // What a hostile page could do before: announce a "responder" and answer every request with a JID.
    document.documentElement.setAttribute('data-zettel-fiber-probe', '1');
    const spoof = (event: Event) => event.target?.dispatchEvent(new CustomEvent('zettel:fiber-response', { detail: '4915199999999@c.us' }));
    document.addEventListener('zettel:fiber-request', spoof, true);
    try {
      start();
      mountPage(pageHtml({ profile, open: annaConversation() }));
      document.documentElement.setAttribute('data-zettel-fiber-probe', '1');
      await wait(200);
      const expected = profile === 'legacy-2025' ? 'jid:491701234567@c.us' : 'title:Anna Müller';
      expect(adapter.currentChat()?.key).toBe(expected);
      expect(adapter.rows().every((r) => !r.key.includes('4915199999999'))).toBe(true);
    } finally {
      document.removeEventListener('zettel:fiber-request', spoof, true);
      document.documentElement.removeAttribute('data-zettel-fiber-probe');
    }
  });

  it('a rename of the open chat in place (row and header, same messages) is an alias at once', async () => {
    start();
    mountPage(pageHtml({ profile, open: annaConversation() }));
    await wait(150);
    const row = adapter.rows().find((r) => r.title === 'Anna Müller')!.element;
    const rowTitle = row.querySelector('span[title]')!;
    const headerTitle = document.querySelector('#main header span[title]')!;
    for (const span of [rowTitle, headerTitle]) {
      span.setAttribute('title', 'Herr Maier');
      span.firstChild!.textContent = 'Herr Maier';
    }
    // Two frames, far below the settle time a rename without proof waits for.
    await wait(60);
    expect(adapter.aliases().map((a) => `${a.fromTitle} → ${a.toTitle}`)).toEqual(['Anna Müller → Herr Maier']);
  });

  it('re-reads only messages a mutation touched; the others keep their snapshot', async () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    start();
    const batches: MessageSnapshot[][] = [];
    adapter.onMessages((messages) => batches.push(messages), controller.signal);
    await wait(150);
    const first = batches.at(-1)!;
    expect(first.map((m) => m.text)).toEqual(['Hallo!', 'Wann kommen Sie?', 'Morgen um 8', 'Bis dann 👋', 'Super']);

    // WhatsApp edits one message in place, and a message inside a quote changes: those two are read again.
    const [hallo, wann, morgen] = first as [MessageSnapshot, MessageSnapshot, MessageSnapshot];
    const helloText = hallo.element.querySelector('[data-testid="selectable-text"], .selectable-text span') ?? hallo.element.querySelector('span[dir]')!;
    helloText.textContent = 'Hallo! (bearbeitet)';
    const quoted = morgen.element.querySelector('[data-id] [data-id], [data-testid="quoted-message"] [data-id]');
    quoted?.setAttribute('data-virtualized', 'false');
    await wait(150);
    const second = batches.at(-1)!;
    expect(second).not.toBe(first);
    expect(second[0]!.text).toBe('Hallo! (bearbeitet)');
    expect(second[0]).not.toBe(hallo);
    expect(second[1]).toBe(wann); // untouched: the same snapshot, not read again
    if (quoted) expect(second[2]).not.toBe(morgen);
    expect(second.map((m) => m.direction)).toEqual(first.map((m) => m.direction));
  });

  it('reports a part that disappears through onHealth within a second, and a callback error is contained', async () => {
    mountPage(pageHtml({ profile, open: annaConversation('Entwurf') }));
    start();
    const reports: HealthReport[] = [];
    adapter.onHealth((report) => reports.push(report), controller.signal);
    adapter.onRows(() => {
      throw new Error('feature bug');
    }, controller.signal);
    await wait(100);
    document.querySelector('footer [contenteditable]')!.remove();
    await wait(700);
    const compose = reports.at(-1)?.parts.find((p) => p.part === 'compose-box');
    expect(compose?.state).toBe('missing');
    expect(errors.map(String)).toContain('Error: feature bug');
  });
});

describe('theme and locale', () => {
  it('reads body.dark, then the WDS surface luminance', () => {
    mountPage('<div id="app"></div>');
    document.body.classList.add('dark');
    expect(detectTheme(document, null)).toBe('dark');
    document.body.classList.remove('dark');
    document.body.style.setProperty('--WDS-surface-default', '#111b21');
    expect(detectTheme(document, null)).toBe('dark');
    document.body.style.setProperty('--WDS-surface-default', '#ffffff');
    expect(detectTheme(document, null)).toBe('light');
  });

  it('luminance of rgb and hex colours; transparent says nothing', () => {
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBeCloseTo(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('not a colour')).toBeNull();
  });

  it('locale from the grid label table, else <html lang>', () => {
    mountPage(pageHtml({ profile: 'current-2026', lang: 'en', open: null }), 'de');
    start();
    expect(adapter.locale()).toBe('en');
    mountPage('<div id="app"><div id="pane-side"><div role="grid" aria-label="Liste de discussions inconnue" aria-rowcount="1"></div></div></div>', 'fr-FR');
    expect(adapter.health().locale).toBe('fr');
  });
});

describe('row marks', () => {
  beforeEach(() => mountPage(pageHtml({ profile: 'current-2026', open: null })));

  it('a row whose content WhatsApp re-rendered without our mark is reported again', async () => {
    start();
    const reported: string[] = [];
    adapter.onRows((rows) => {
      for (const row of rows) {
        reported.push(row.title);
        // What a decorating feature does: put a mark in, if it is not there.
        if (!row.element.querySelector('[data-zettel]')) {
          const mark = document.createElement('span');
          mark.setAttribute('data-zettel', 'chat-flag');
          row.element.querySelector('[role="gridcell"]')!.append(mark);
        }
      }
    }, controller.signal);
    await wait(150);
    reported.length = 0;
    // WhatsApp re-renders Anna's cell: same chat, new nodes, our mark gone.
    const item = adapter.rows().find((r) => r.title === 'Anna Müller')!.element;
    const cell = item.querySelector('[role="gridcell"]')!;
    const fresh = cell.cloneNode(true) as Element;
    fresh.querySelector('[data-zettel]')?.remove();
    cell.replaceWith(fresh);
    await wait(150);
    expect(reported).toEqual(['Anna Müller']);
    expect(item.querySelector('[data-zettel]')).not.toBeNull();
    // A mutation that keeps the mark does not report the row again.
    reported.length = 0;
    item.querySelector('span[aria-label]')!.textContent = '3';
    await wait(150);
    expect(reported).toEqual([]);
  });
});
