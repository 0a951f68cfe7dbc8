import type { RouteObject } from 'react-router';

/** The content pages, lazy. */
export const contentRoutes: RouteObject[] = [];
