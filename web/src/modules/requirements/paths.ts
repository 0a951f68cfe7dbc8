/** The addresses of the buyer's requirements pages (agreed with the evaluation pages, which share them). */
export const DASHBOARD_PATH = '/buyers/requirements/digital-outcomes-and-specialists';
export const startHref = (framework: string, lot: string) => `/buyers/frameworks/${framework}/requirements/${lot}`;
export const createHref = (framework: string, lot: string) => `${startHref(framework, lot)}/create`;
export const requirementHref = (framework: string, lot: string, id: string, rest = '') => `${startHref(framework, lot)}/${id}${rest}`;
export const editHref = (framework: string, lot: string, id: string, section: string, question: string) => requirementHref(framework, lot, id, `/edit/${section}/${question}`);
export const opportunityHref = (id: string) => `/digital-outcomes-and-specialists/opportunities/${id}`;
