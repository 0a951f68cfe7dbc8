import type { RouteObject } from 'react-router';

/** Buyer accounts (A9), the buyer dashboard (B1) and buyer account settings (B15), lazy. */
export const buyersRoutes: RouteObject[] = [];
