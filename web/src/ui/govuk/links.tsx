import { createContext, createElement, useContext, type AnchorHTMLAttributes, type ComponentType } from 'react';

/** The props the kit gives a link: an anchor's, with the address always set. */
export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A component that renders a link the kit asks for; it must render an `<a>` with the props it gets. */
export type LinkComponent = ComponentType<LinkProps>;

function PlainLink(props: LinkProps) {
  return <a {...props} />;
}

/**
 * The component the kit's components render their links with (a plain `<a>` unless an app provides
 * one). An app wraps its tree in `<LinkProvider value={RouterLink}>` so that links to its own pages
 * navigate client-side, without the kit knowing about the router; the app's component decides which
 * addresses are its own (for example those starting with a single `/`) and leaves the rest as `<a>`.
 */
export const LinkProvider = createContext<LinkComponent>(PlainLink);

/** A link rendered with the component the nearest LinkProvider gives. */
export function Link(props: LinkProps) {
  // The component comes from context (fixed for the app), not made here, so React keeps its state.
  return createElement(useContext(LinkProvider), props);
}
