import type { RouteObject } from 'react-router';

/** DOS requirements: start pages, writing, preview, publishing, withdraw, delete, copy and the requirements dashboard (B3–B8, B10, B11), lazy. */
export const requirementsRoutes: RouteObject[] = [];
