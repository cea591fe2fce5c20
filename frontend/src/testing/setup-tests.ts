import '@testing-library/jest-dom/vitest';

import { afterEach, vi } from 'vitest';

import { unexpectedRequests } from './mock-fetch';

// Tests of plain logic run in Node (`// @vitest-environment node`) and skip the DOM set-up.
if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');

  // Pages are lazy chunks, transformed on first import, which can take longer than the default
  // second under a loaded test run.
  configure({ asyncUtilTimeout: 8000 });

  // jsdom lacks these browser APIs; Mantine uses them (see Mantine's "Testing with Vitest" guide).
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => getComputedStyle(element);
  window.HTMLElement.prototype.scrollIntoView = () => {};
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: vi.fn().mockImplementation((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  });
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserver;
  // Autosizing textareas re-measure when web fonts finish loading.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
    });
  }

  afterEach(() => {
    cleanup();
    for (const cookie of document.cookie.split('; ').filter(Boolean)) {
      const name = cookie.split('=')[0];
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  });
}

afterEach(() => {
  const unexpected = unexpectedRequests.splice(0);
  if (unexpected.length > 0) throw new Error(`Unexpected requests: ${unexpected.join(', ')}`);
});
