// Adds, replaces or removes user-facing strings in BOTH languages in one step, so parallel work on
// public/_locales never half-writes a file and de/en never drift apart (the locale meta-test checks).
//   node scripts/locale-keys.mjs add keys.json      keys.json: { "key": { "de": "…", "en": "…" } }
//                                                   or { "key": { "de": {message, placeholders}, "en": {…} } }
//   node scripts/locale-keys.mjs replace keys.json  same, overwriting existing keys
//   node scripts/locale-keys.mjs remove key1 key2
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const languages = ['de', 'en'];
const fileOf = (lang) => `public/_locales/${lang}/messages.json`;
const catalogs = Object.fromEntries(languages.map((lang) => [lang, JSON.parse(readFileSync(fileOf(lang), 'utf8'))]));

if (command === 'add' || command === 'replace') {
  const entries = JSON.parse(readFileSync(args[0], 'utf8'));
  for (const [key, byLanguage] of Object.entries(entries)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad key ${key}`);
    for (const lang of languages) {
      const value = byLanguage[lang];
      if (value === undefined) throw new Error(`${key}: missing ${lang}`);
      if (command === 'add' && key in catalogs[lang]) throw new Error(`${key} exists already (use replace)`);
      catalogs[lang][key] = typeof value === 'string' ? { message: value } : value;
    }
  }
} else if (command === 'remove') {
  for (const key of args) for (const lang of languages) delete catalogs[lang][key];
} else {
  console.error('usage: locale-keys.mjs add|replace <file.json> | remove <key…>');
  process.exit(2);
}
for (const lang of languages) {
  const temp = `${fileOf(lang)}.tmp`;
  writeFileSync(temp, `${JSON.stringify(catalogs[lang], null, 2)}\n`);
  renameSync(temp, fileOf(lang));
}
console.log(`${command}: done (${Object.keys(catalogs.de).length} keys per language)`);
