import type { RouteObject } from 'react-router';

/** The framework agreement pages (S9), lazy. */
export const agreementsRoutes: RouteObject[] = [];
