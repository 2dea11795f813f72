// @vitest-environment happy-dom
/**
 * The content script's one listener helper: a script's (untrusted) click or key press does nothing,
 * a person's does; page lifecycle events pass; `change` and `submit`, which a script can cause as
 * trusted events, cannot be listened to for an action at all.
 */
import { describe, expect, it } from 'vitest';
import { blockFormSubmit, listen } from '../../../entrypoints/whatsapp.content/ui/listen.ts';
import { asPerson } from './person.ts';

describe('listen', () => {
  it('drops untrusted pointer and keyboard events, passes a person’s', () => {
    const button = document.createElement('button');
    const seen: string[] = [];
    for (const type of ['click', 'keydown', 'pointerdown', 'input'] as const) listen(button, type, (event) => seen.push(event.type));
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    button.dispatchEvent(new PointerEvent('pointerdown'));
    button.dispatchEvent(new Event('input'));
    expect(seen).toEqual([]);
    button.dispatchEvent(asPerson(new MouseEvent('click')));
    button.dispatchEvent(asPerson(new KeyboardEvent('keydown', { key: 'Enter' })));
    expect(seen).toEqual(['click', 'keydown']);
  });

  it('passes events no person causes (resize, visibility)', () => {
    const seen: string[] = [];
    listen(window, 'resize', () => seen.push('resize'));
    window.dispatchEvent(new Event('resize'));
    expect(seen).toEqual(['resize']);
  });

  it('refuses change and submit', () => {
    const form = document.createElement('form');
    expect(() => listen(form, 'submit' as never, () => {})).toThrow(/trusted/);
    expect(() => listen(form, 'change' as never, () => {})).toThrow(/trusted/);
    blockFormSubmit(form);
    const submit = new Event('submit', { cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});
