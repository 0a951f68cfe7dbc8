import type { RouteObject } from 'react-router';

/** The applications pages, lazy. */
export const applicationsRoutes: RouteObject[] = [];
