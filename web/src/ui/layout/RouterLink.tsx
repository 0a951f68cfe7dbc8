import { Link as ReactRouterLink } from 'react-router';
import type { LinkProps } from '../govuk/links';

/** The kit's links inside an app: addresses of the app itself navigate client-side; the rest are plain links. */
export function RouterLink({ href, ...props }: LinkProps) {
  if (/^\/(?!\/)/.test(href) && !props.download && !href.startsWith('/documents/')) return <ReactRouterLink to={href} {...props} />;
  return <a href={href} {...props} />;
}
