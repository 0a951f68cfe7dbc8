/** A9, a buyer asking for an account: where the steps go, and how the API's refusals read. */
export const CREATE_URL = '/buyers/create';
export const COMPLETE_URL = '/buyers/create-your-account-complete';

/** The API refused the address because its domain is not on the public sector list (not because it is malformed). */
export const notPublicSector = (message: string | undefined): boolean => Boolean(message && /public sector/i.test(message));
