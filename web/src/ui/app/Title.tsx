import { useSite } from './site';

/**
 * The page's <title> ("Apply to G-Cloud 14 – Digital Marketplace"), prefixed with "Error: " while
 * the page shows errors. React 19 puts it in the document head.
 */
export function Title({ children, error = false }: { children: string; error?: boolean }) {
  const { serviceName } = useSite();
  return <title>{`${error ? 'Error: ' : ''}${children} – ${serviceName}`}</title>;
}
