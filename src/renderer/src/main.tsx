/** The renderer's entry: zod without eval, styles (with the bundled fonts), then the app. */
import '../../shared/zod-jitless';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot } from './app/Boot';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Boot />
  </StrictMode>
);
