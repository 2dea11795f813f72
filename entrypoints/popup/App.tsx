import { browser } from 'wxt/browser';

export function App() {
  return <main><h1>{browser.i18n.getMessage('extName')}</h1></main>;
}
