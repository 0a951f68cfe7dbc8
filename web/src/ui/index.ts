// The UI kit shared by the public and admin apps (import it as `@dm/web/ui`).
export * from './govuk/common';
export * from './govuk/Tag';
