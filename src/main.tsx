import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import 'katex/dist/katex.min.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/content.css';
import './styles/lab.css';
import './styles/print.css';
import { App } from './app/App.tsx';
import './offline/register-sw.ts';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HashRouter>
      <App />
    </HashRouter>
  </StrictMode>,
);
