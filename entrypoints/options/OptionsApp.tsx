/** The options page: a navigation of sections (sections.ts), the current one chosen by the URL hash. */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../utils/i18n.ts';
import { optionsSections } from './sections.ts';

function sectionFromHash(): string {
  const id = location.hash.replace(/^#/, '');
  return optionsSections.some((section) => section.id === id) ? id : optionsSections[0]!.id;
}

export function OptionsApp() {
  const [current, setCurrent] = useState(sectionFromHash);
  useEffect(() => {
    const onHashChange = () => setCurrent(sectionFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const section = optionsSections.find((candidate) => candidate.id === current) ?? optionsSections[0]!;
  // Keyboard and screen-reader users land on the new section's heading after choosing it in the nav.
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [current]);

  return (
    <div className="options">
      <header className="options-header">
        <img src="/icon/32.png" alt="" width={28} height={28} />
        <h1>{t('options_title')}</h1>
      </header>
      <nav className="options-nav" aria-label={t('options_nav_label')}>
        <ul>
          {optionsSections.map((candidate) => (
            <li key={candidate.id}>
              <a href={`#${candidate.id}`} aria-current={candidate.id === section.id ? 'page' : undefined} data-zettel-section={candidate.id}>
                {t(candidate.titleKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="options-main" id={`section-${section.id}`} data-zettel="options-section" data-section={section.id}>
        <h2 ref={heading} tabIndex={-1}>
          {t(section.titleKey)}
        </h2>
        <section.Component />
      </main>
    </div>
  );
}
