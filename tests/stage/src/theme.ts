/**
 * Light and dark theme: `body.dark` plus WDS custom properties and `color-scheme`, as on the real page
 * (whatsapp-dom.md S15: `--WDS-surface-default`). Constant markup only.
 */
import type { StageTheme } from './options.ts';

const BASE_CSS = `
:root{
  --WDS-surface-default:#ffffff;--WDS-surface-emphasized:#f7f5f3;--WDS-content-default:#0a0a0a;
  --WDS-content-deemphasized:#5e5e5e;--WDS-border-default:#e9edef;--WDS-accent:#1daa61;
  --WDS-surface-conversation:#efeae2;--WDS-bubble-incoming:#ffffff;--WDS-bubble-outgoing:#d9fdd3;
  --WDS-surface-hover:#f5f6f6;--WDS-surface-selected:#f0f2f5;
}
body.dark{
  --WDS-surface-default:#161717;--WDS-surface-emphasized:#1d1f1f;--WDS-content-default:#fafafa;
  --WDS-content-deemphasized:#a5a5a5;--WDS-border-default:#2a2f32;--WDS-accent:#21c063;
  --WDS-surface-conversation:#0b141a;--WDS-bubble-incoming:#242626;--WDS-bubble-outgoing:#144d37;
  --WDS-surface-hover:#202c33;--WDS-surface-selected:#2a3942;
}
html,body{margin:0;padding:0;height:100%;overflow:hidden}
body{font:14px/1.4 "Segoe UI",Helvetica,Arial,sans-serif;background:var(--WDS-surface-default);color:var(--WDS-content-default)}
button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer}
p{margin:0}
`;

export function installBaseStyle(): void {
  const style = document.createElement('style');
  style.textContent = BASE_CSS;
  document.head.prepend(style);
}

export function applyTheme(theme: StageTheme): void {
  document.body.classList.toggle('dark', theme === 'dark');
  document.body.classList.toggle('light', theme === 'light');
  document.documentElement.style.colorScheme = theme;
}
