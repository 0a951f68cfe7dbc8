import type { ReactNode } from 'react';

/**
 * Kit components take the options of GOV.UK Frontend's Nunjucks macros, camel-cased as there, so
 * that a macro's documentation (and its fixtures) reads across: `text` or React children for
 * content, `html` for trusted markup only (our own rendered content, never user input), `classes`
 * and `attributes` for extra classes and attributes on the component's outer element.
 */
export type Attributes = Record<string, string | number | boolean | undefined>;

export interface Common {
  classes?: string;
  attributes?: Attributes;
  /** Trusted HTML: replaces text and children. */
  html?: string;
}

export const cx = (...names: Array<string | false | null | undefined>) => names.filter(Boolean).join(' ');

/** The content of an element: trusted HTML when given, otherwise the React node. */
export function inner(html: string | undefined, node: ReactNode): { dangerouslySetInnerHTML: { __html: string } } | { children: ReactNode } {
  return html !== undefined ? { dangerouslySetInnerHTML: { __html: html } } : { children: node };
}
