/** What the preload gives the page: `window.briefingReader` in Electron, absent in browser mode. */
import type { Bridge } from '../shared/contract';

declare global {
  interface Window {
    briefingReader?: Bridge;
  }
}

export {};
