import type { RouteObject } from 'react-router';

/** After publishing: supplier questions, responses, award and cancel (B9, B12–B14), lazy. */
export const evaluationRoutes: RouteObject[] = [];
