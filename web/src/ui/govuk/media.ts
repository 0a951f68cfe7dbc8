import { useSyncExternalStore } from 'react';

// GOV.UK Frontend's tablet breakpoint (641px at the default font size), where tabs and the service
// navigation change from their mobile to their desktop form.
const tabletUp = '(min-width: 40.0625em)';

const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(tabletUp) : undefined);

function subscribe(onChange: () => void) {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/**
 * Whether the viewport is at least tablet width: null while rendering without a browser (the markup
 * GOV.UK Frontend renders before its JavaScript runs), true where the browser cannot tell.
 */
export function useTabletUp(): boolean | null {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? true,
    () => null,
  );
}
