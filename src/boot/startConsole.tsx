import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App, type AppProps } from '../App';

/** Renders the console into `root` (a new one for `container`, or the sign-in form's). */
export function renderConsole(root: Root, props: AppProps = {}): void {
  root.render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}

export function startConsole(container: HTMLElement): void {
  renderConsole(createRoot(container));
}
