import { bootPage } from '../../components/ui/boot-page.tsx';
import '../../components/ui/base.css';
import { App } from './App.tsx';
import './style.css';

void bootPage(App);
