// @vitest-environment happy-dom
/**
 * findAndOpenChat (used by pins): a rendered row is pressed; otherwise WhatsApp's search box is used —
 * the chat's title typed through the native setter, the result pressed, the box's previous text put
 * back — and a search that shows no such row answers "not found" with the box restored.
 */
import { describe, expect, it } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { RowInfo, WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import { findAndOpenChat } from '../../../entrypoints/whatsapp.content/features/reminders/reveal-chat.ts';

/** A tiny chat list: rows for the titles that match the search box (all when it is empty, the first 3). */
function page(titles: string[]) {
  document.body.replaceChildren();
  const side = document.createElement('div');
  side.id = 'side';
  const input = document.createElement('input');
  input.type = 'text';
  input.setAttribute('data-tab', '3');
  const list = document.createElement('div');
  side.append(input, list);
  document.body.append(side);
  let open: string | null = null;
  const typed: string[] = [];
  input.addEventListener('input', () => typed.push(input.value));
  const rows = (): RowInfo[] => {
    const needle = input.value.trim().toLowerCase();
    const shown = needle ? titles.filter((title) => title.toLowerCase().includes(needle)) : titles.slice(0, 3);
    list.replaceChildren();
    return shown.map((title, index) => {
      const element = document.createElement('div');
      const span = document.createElement('span');
      span.setAttribute('title', title);
      span.textContent = title;
      element.append(span);
      element.addEventListener('mousedown', () => (open = title));
      list.append(element);
      return { element, key: `title:${title}` as ChatKey, title, top: index * 72, selected: open === title };
    });
  };
  const adapter = {
    rows,
    part: (part: string) => (part === 'chat-list' ? list : null),
    currentChat: () => (open ? { key: `title:${open}` as ChatKey, title: open } : null),
  } as unknown as WhatsAppAdapter;
  return { adapter, input, typed, opened: () => open };
}

const titles = ['Anna Müller', 'Team Montag', 'Familie Özdemir', 'Bäckerei Hofmann', 'Immobilien Berger'];

describe('findAndOpenChat', () => {
  it('presses a rendered row without touching the search box', async () => {
    const p = page(titles);
    expect(await findAndOpenChat(p.adapter, 'title:Team Montag', 'Team Montag', new AbortController().signal)).toBe(true);
    expect(p.opened()).toBe('Team Montag');
    expect(p.typed).toEqual([]);
  });

  it('finds a chat that is not rendered through the search box, then puts back what the user had typed', async () => {
    const p = page(titles);
    p.input.value = 'Bau';
    expect(await findAndOpenChat(p.adapter, 'title:Immobilien Berger', 'Immobilien Berger', new AbortController().signal)).toBe(true);
    expect(p.opened()).toBe('Immobilien Berger');
    expect(p.typed).toEqual(['Immobilien Berger', 'Bau']);
    expect(p.input.value).toBe('Bau');
  });

  it('answers "not found" for a chat the search does not show, with the box restored', async () => {
    const p = page(titles);
    expect(await findAndOpenChat(p.adapter, 'title:Gelöscht GmbH', 'Gelöscht GmbH', new AbortController().signal)).toBe(false);
    expect(p.opened()).toBeNull();
    expect(p.typed).toEqual(['Gelöscht GmbH', '']);
    expect(p.input.value).toBe('');
  });

  it('does nothing when the chat is open already', async () => {
    const p = page(titles);
    await findAndOpenChat(p.adapter, 'title:Immobilien Berger', 'Immobilien Berger', new AbortController().signal);
    p.typed.length = 0;
    expect(await findAndOpenChat(p.adapter, 'title:Immobilien Berger', 'Immobilien Berger', new AbortController().signal)).toBe(true);
    expect(p.typed).toEqual([]);
  });
});
