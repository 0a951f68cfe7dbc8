import { Matches, MaxLength } from 'class-validator';
import { withArticle } from './words.js';

/** An email address as the original service accepted it: something@domain.tld, no spaces. */
export const EMAIL_PATTERN = /^[^@\s]+@[^@.\s]+(\.[^@.\s]+)+$/;

/** A framework or lot slug argument: letters, digits, hyphens and underscores, at most 100. */
export function IsSlug(): PropertyDecorator {
  return (target, property) => {
    MaxLength(100)(target, property);
    Matches(/^[\w-]+$/, { message: `${String(property)} may contain only letters, digits, hyphens and underscores` })(target, property);
  };
}

/** A serial id argument (users, suppliers, drafts…): digits only, so a bad id is BAD_USER_INPUT, not a database error. */
export function IsSerialId(what: string): PropertyDecorator {
  return (target, property) => Matches(/^\d{1,9}$/, { message: `${String(property)} must be ${withArticle(what)} id` })(target, property);
}
