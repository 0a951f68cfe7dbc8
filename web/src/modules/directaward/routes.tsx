import type { RouteObject } from 'react-router';

/** G-Cloud direct award: saved searches, projects, end search, downloads, outcome (§5, A13), lazy. */
export const directAwardRoutes: RouteObject[] = [];
