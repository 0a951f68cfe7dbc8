import type { RouteObject } from 'react-router';

/** The opportunities pages, lazy. */
export const opportunitiesRoutes: RouteObject[] = [];
