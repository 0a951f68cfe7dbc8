import type { ReactNode } from 'react';
import type { Attributes } from './common';

// HTML attribute names that React spells differently (a macro's `attributes` use the HTML names).
const reactNames: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  hreflang: 'hrefLang',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autocomplete: 'autoComplete',
};

/** A macro's `attributes` as React props: the HTML names React spells otherwise renamed, the rest as given. */
export function domAttributes(attributes: Attributes | undefined): Record<string, string | number | boolean | undefined> {
  if (!attributes) return {};
  const props: Record<string, string | number | boolean | undefined> = {};
  for (const [name, value] of Object.entries(attributes)) props[reactNames[name] ?? name] = value;
  return props;
}

/** Content given as text (or any React node) or as trusted HTML, as the macros' nested options take it. */
export interface Content {
  text?: ReactNode;
  /** Trusted HTML: replaces text. */
  html?: string;
  classes?: string;
}

/** The values of a list the macros skip: GOV.UK's fixtures pass them to show that empty entries are ignored. */
export type Skipped = null | undefined | false | '';

/** The entries of a list that are there (not null, false or empty). */
export const present = <T>(items: ReadonlyArray<T | Skipped> | undefined): T[] => (items ?? []).filter((item): item is T => Boolean(item));

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put inside HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);
