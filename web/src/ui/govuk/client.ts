import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * True when the component renders in the browser, false in a static render. The static render is
 * GOV.UK's markup before its JavaScript runs (what the fixtures describe); in the browser the kit
 * adds the enhancements GOV.UK's scripts would (live counts, show/hide buttons, focus handling).
 */
export function useEnhanced(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
