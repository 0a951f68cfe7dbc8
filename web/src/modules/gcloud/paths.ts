/** Where the G-Cloud entry pages live. */
export const START_PATH = '/buyers/direct-award/g-cloud/start';
export const CHOOSE_LOT_PATH = '/buyers/direct-award/g-cloud/choose-lot';
/** A buyer's saved searches (direct award projects), listed by the direct award pages. */
export const SAVED_SEARCHES_PATH = '/buyers/direct-award/g-cloud';
export const SEARCH_PATH = '/g-cloud/search';

/** The search a category choice leads to: filtered by the lot, or every category without a query string. */
export const searchHref = (lot: string) => (lot ? `${SEARCH_PATH}?${new URLSearchParams({ lot }).toString()}` : SEARCH_PATH);
