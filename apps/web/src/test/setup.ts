import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazily loaded role shells can take more than the default second on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

// Static source checks run in the node environment; everything else in jsdom.
if (typeof document !== 'undefined') {
  afterEach(() => {
    cleanup();
    localStorage.clear();
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });
}
