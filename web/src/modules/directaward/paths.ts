/** Where the direct award pages live (dm-journeys §5.2). */
export const SAVED_SEARCHES = '/buyers/direct-award/g-cloud';
export const SAVE_SEARCH = `${SAVED_SEARCHES}/save-search`;
export const SAVE_NEW_SEARCH = `${SAVED_SEARCHES}/save-new-search`;
export const YOUR_ACCOUNT = '/buyers';
export const projectPath = (id: string) => `${SAVED_SEARCHES}/projects/${id}`;
export const endSearchPath = (id: string) => `${projectPath(id)}/end-search`;
export const resultsPath = (id: string) => `${projectPath(id)}/results`;
export const downloadPath = (id: string, format: 'csv' | 'ods') => `${resultsPath(id)}/download?filetype=${format}`;
export const didYouAwardPath = (id: string) => `${projectPath(id)}/did-you-award-contract`;
export const whichServicePath = (id: string) => `${projectPath(id)}/which-service-won-contract`;
export const whyNotPath = (id: string) => `${projectPath(id)}/why-didnt-you-award-contract`;
export const contractPath = (id: string, outcomeId: string) => `${projectPath(id)}/outcomes/${outcomeId}/tell-us-about-contract`;
/** A search saved from the results page: the save page gets the results page's query string. */
export const saveSearchHref = (queryString: string) => `${SAVE_SEARCH}?${new URLSearchParams({ search_query: queryString }).toString()}`;
export const saveNewSearchHref = (queryString: string) => `${SAVE_NEW_SEARCH}?${new URLSearchParams({ search_query: queryString }).toString()}`;
/** The results page of a saved search (to edit it). */
export const SEARCH = '/g-cloud/search';
