import { bootPage } from '../../components/ui/boot-page.tsx';
import '../../components/ui/base.css';
import { requestPersistentStorage } from '../../utils/db/database.ts';
import { OptionsApp } from './OptionsApp.tsx';
import './style.css';

// A page the user opened is the moment Firefox may ask for persistence; Chromium decides silently.
void requestPersistentStorage();

if (import.meta.env.MODE === 'test') void import('./test-hooks.ts').then((hooks) => hooks.installTestHooks());

void bootPage(OptionsApp);
