/**
 * The one way Zettel's content script listens to DOM events (docs/security.md "Sealed UI").
 *
 * Zettel's in-page UI shares the page with WhatsApp's scripts, anything injected into the page and
 * other extensions. Any of them can dispatch a click or a key press at an element they can reach, or
 * call `element.click()`. Such events carry `isTrusted: false`; a person's input (and the browser's
 * own events, e.g. a focus change) carries `true`. So every pointer, mouse, keyboard, touch, drag and
 * text-input event a Zettel listener receives is dropped unless it is trusted — in this one place,
 * for every listener, instead of file by file.
 *
 * Two event types are refused outright: `change` and `submit`. A script can cause them as TRUSTED
 * events (`checkbox.click()` fires a trusted change; `form.requestSubmit()` a trusted submit), so no
 * Zettel action may hang on them: use the trusted `click` (for a checkbox, or a form's submit button —
 * pressing Enter in a field clicks it, trusted) and `blockFormSubmit` for the form itself.
 *
 * tests/unit/meta/listeners.test.ts fails on any `addEventListener` in the content script outside
 * this module (the test bridge and the abort signals excepted).
 */
type EventMap = HTMLElementEventMap & WindowEventMap & DocumentEventMap;

/** Types a script can produce as trusted events: never a trigger for a Zettel action. */
export type ScriptTrustedEventType = 'change' | 'submit';
export type ListenableEventType = Exclude<keyof EventMap, ScriptTrustedEventType>;

const PERSON_CAUSED = /^(?:(?:dbl|aux)?click|contextmenu|mouse\w+|pointer\w+|(?:got|lost)pointercapture|key\w+|touch\w+|wheel|drag\w*|drop|(?:before)?input|paste|copy|cut)$/;

/** Whether `type` is an event a person causes, so that an untrusted one is dropped. */
export function isPersonCausedType(type: string): boolean {
  return PERSON_CAUSED.test(type);
}

export function listen<K extends ListenableEventType>(
  target: EventTarget,
  type: K,
  handler: (event: EventMap[K]) => void,
  options?: AddEventListenerOptions,
): void {
  if ((type as string) === 'change' || (type as string) === 'submit') throw new Error(`Zettel never acts on "${type}": a script can cause it as a trusted event`);
  const guarded = isPersonCausedType(type);
  target.addEventListener(
    type,
    (event) => {
      if (guarded && !event.isTrusted) return;
      handler(event as EventMap[K]);
    },
    options,
  );
}

/** A form of Zettel's never submits (no navigation, no action): its submit button's trusted click acts. */
export function blockFormSubmit(form: HTMLFormElement, options?: AddEventListenerOptions): void {
  form.addEventListener('submit', (event) => event.preventDefault(), options);
}
