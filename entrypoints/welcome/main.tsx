import { bootPage } from '../../components/ui/boot-page.tsx';
import '../../components/ui/base.css';
import { WelcomeApp } from './WelcomeApp.tsx';
import './style.css';

void bootPage(WelcomeApp);
