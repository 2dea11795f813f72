import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestPersistentStorage } from '../../utils/db/database.ts';
import { uiLanguage } from '../../utils/i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';
import './style.css';

document.documentElement.lang = uiLanguage();
// A page the user opened is the moment Firefox may ask for persistence; Chromium decides silently.
void requestPersistentStorage();

if (import.meta.env.MODE === 'test') void import('./test-hooks.ts').then((hooks) => hooks.installTestHooks());

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><OptionsApp /></StrictMode>);
