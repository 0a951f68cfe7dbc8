import type { RouteObject } from 'react-router';

/** The services pages, lazy. */
export const servicesRoutes: RouteObject[] = [];
