import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/app/schema.js';
import { resolvers } from '../src/modules/index.js';
import { Role } from '../src/shared/role.js';
import { createTestApp, type Browser, type TestApp } from './support/app.js';
import { PASSWORD, makeUser } from './support/factories.js';

/**
 * Every operation that is not plainly public, as every role and as an anonymous visitor. The
 * expected roles are written out here from dm-journeys §3, independently of the code's matrix.
 */
type Principal = Role | 'anonymous';
const PRINCIPALS: Principal[] = ['anonymous', ...Object.values(Role)];
const ADMINS = [Role.ADMIN, Role.ADMIN_MANAGER, Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY];
const EVERYONE_SIGNED_IN = Object.values(Role);
const PUBLIC = 'public' as const;

interface Case {
  allowed: readonly Role[] | typeof PUBLIC;
  document: string;
  variables?: Record<string, unknown>;
}

const CASES: Record<string, Case> = {
  // mutations
  signIn: { allowed: PUBLIC, document: 'mutation { signIn(input: { email: "x@example.gov.uk", password: "wrong password" }) { id } }' },
  signOut: { allowed: PUBLIC, document: 'mutation { signOut }' },
  requestBuyerAccount: { allowed: PUBLIC, document: 'mutation { requestBuyerAccount(email: "x@example.com") }' },
  createAccount: { allowed: PUBLIC, document: 'mutation { createAccount(input: { token: "1.x", name: "x", password: "y" }) { id } }' },
  requestPasswordReset: { allowed: PUBLIC, document: 'mutation { requestPasswordReset(email: "ghost@example.gov.uk") }' },
  joinMailingList: { allowed: PUBLIC, document: 'mutation { joinMailingList(email: "") { id } }' },
  resetPassword: { allowed: PUBLIC, document: 'mutation { resetPassword(input: { token: "1.x", password: "y" }) }' },
  changePassword: { allowed: EVERYONE_SIGNED_IN, document: 'mutation { changePassword(input: { currentPassword: "wrong", newPassword: "another long one" }) }' },
  inviteAdminUser: { allowed: [Role.ADMIN_MANAGER], document: 'mutation { inviteAdminUser(input: { email: "bad@gmail.com", role: ADMIN }) }' },
  unlockUser: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY, Role.ADMIN_MANAGER], document: 'mutation { unlockUser(id: "999999") { id } }' },
  updateAdminUser: { allowed: [Role.ADMIN_MANAGER], document: 'mutation { updateAdminUser(id: "999999", input: { name: "X", role: ADMIN, active: true }) { id } }' },
  setUserActive: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY, Role.ADMIN_MANAGER], document: 'mutation { setUserActive(id: "999999", active: false) { id } }' },
  addBuyerEmailDomain: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: 'mutation { addBuyerEmailDomain(domain: "-") { id } }' },
  removeBuyerEmailDomain: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: 'mutation { removeBuyerEmailDomain(id: "999999") }' },
  updateFramework: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER], document: 'mutation { updateFramework(slug: "g-cloud-99", input: { allowDeclarationReuse: true }) { slug } }' },
  searchIndices: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: '{ searchIndices { alias } }' },
  rebuildSearchIndex: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: 'mutation { rebuildSearchIndex(alias: "services-nope") { alias } }' },
  // Operations: background jobs and the email outbox (admin, admin-framework-manager)
  backgroundJobs: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: '{ backgroundJobs { queues { name } } }' },
  backgroundJobProblems: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: '{ backgroundJobProblems { failed } }' },
  backgroundJob: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: '{ backgroundJob(queue: "email.send", id: "00000000-0000-4000-8000-000000000000") { id } }' },
  retryBackgroundJob: {
    allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER],
    document: 'mutation { retryBackgroundJob(queue: "email.send", id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  discardBackgroundJob: {
    allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER],
    document: 'mutation { discardBackgroundJob(queue: "email.send", id: "00000000-0000-4000-8000-000000000000") }',
  },
  emailOutbox: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: '{ emailOutbox { totalCount } }' },
  resendEmail: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: 'mutation { resendEmail(id: "999999") { id } }' },
  agreementsToCountersign: { allowed: [Role.ADMIN_CCS_SOURCING], document: '{ agreementsToCountersign }' },
  rollbackSearchIndex: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: 'mutation { rollbackSearchIndex(alias: "services-nope") { alias } }' },
  checkDunsNumber: { allowed: PUBLIC, document: '{ checkDunsNumber(dunsNumber: "1") }' },
  createSupplierAccount: {
    allowed: PUBLIC,
    document: 'mutation { createSupplierAccount(input: { dunsNumber: "1", companyName: "", contactName: "", contactEmail: "", contactPhone: "", loginEmail: "" }) { id } }',
  },
  updateSupplier: {
    allowed: [Role.SUPPLIER, Role.ADMIN, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY],
    document: 'mutation { updateSupplier(id: "999999", input: { name: "x" }) { id } }',
  },
  confirmSupplierCompanyDetails: { allowed: [Role.SUPPLIER], document: 'mutation { confirmSupplierCompanyDetails(id: "999999") { id } }' },
  inviteSupplierUser: { allowed: [Role.SUPPLIER, Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: 'mutation { inviteSupplierUser(id: "999999", email: "a@example.com") }' },
  deactivateSupplierUser: { allowed: [Role.SUPPLIER], document: 'mutation { deactivateSupplierUser(id: "999999") { id } }' },
  moveUserToSupplier: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: 'mutation { moveUserToSupplier(id: "999999", email: "a@example.com") { id } }' },
  correctDeclarationAnswers: {
    allowed: [Role.ADMIN_CCS_SOURCING],
    document: 'mutation { correctDeclarationAnswers(frameworkSlug: "g-cloud-99", supplierId: "999999", answers: {}) { id } }',
  },
  setUserResearchOptIn: { allowed: EVERYONE_SIGNED_IN, document: 'mutation { setUserResearchOptIn(optedIn: false) { id } }' },
  registerFrameworkInterest: { allowed: [Role.SUPPLIER], document: 'mutation { registerFrameworkInterest(frameworkSlug: "g-cloud-99") { id } }' },
  saveDeclarationAnswers: { allowed: [Role.SUPPLIER], document: 'mutation { saveDeclarationAnswers(frameworkSlug: "g-cloud-99", answers: {}) { id } }' },
  completeDeclaration: { allowed: [Role.SUPPLIER], document: 'mutation { completeDeclaration(frameworkSlug: "g-cloud-99") { id } }' },
  createDraftService: { allowed: [Role.SUPPLIER], document: 'mutation { createDraftService(frameworkSlug: "g-cloud-99", lotSlug: "x") { id } }' },
  updateDraftService: { allowed: [Role.SUPPLIER], document: 'mutation { updateDraftService(id: "999999", answers: {}) { id } }' },
  submitDraftService: { allowed: [Role.SUPPLIER], document: 'mutation { submitDraftService(id: "999999") { id } }' },
  deleteDraftService: { allowed: [Role.SUPPLIER], document: 'mutation { deleteDraftService(id: "999999") }' },
  setDeclarationReuse: { allowed: [Role.SUPPLIER], document: 'mutation { setDeclarationReuse(frameworkSlug: "g-cloud-99", fromFrameworkSlug: null) { id } }' },
  recordApplicationResult: {
    allowed: [Role.ADMIN_FRAMEWORK_MANAGER],
    document: 'mutation { recordApplicationResult(frameworkSlug: "g-cloud-99", supplierId: "1", onFramework: true) { id } }',
  },
  signFrameworkAgreement: {
    allowed: [Role.SUPPLIER],
    document: 'mutation { signFrameworkAgreement(frameworkSlug: "g-cloud-99", signerName: "a", signerRole: "b", acceptTerms: true) { id } }',
  },
  putFrameworkAgreementOnHold: { allowed: [Role.ADMIN_CCS_SOURCING], document: 'mutation { putFrameworkAgreementOnHold(id: "999999") { id } }' },
  approveFrameworkAgreement: { allowed: [Role.ADMIN_CCS_SOURCING], document: 'mutation { approveFrameworkAgreement(id: "999999") { id } }' },
  unapproveFrameworkAgreement: { allowed: [Role.ADMIN_CCS_SOURCING], document: 'mutation { unapproveFrameworkAgreement(id: "999999") { id } }' },
  countersignFrameworkAgreement: { allowed: [Role.ADMIN_CCS_SOURCING], document: 'mutation { countersignFrameworkAgreement(id: "999999") { id } }' },
  updateService: { allowed: [Role.SUPPLIER, Role.ADMIN_CCS_CATEGORY], document: 'mutation { updateService(id: "999999999999999", answers: {}) { id } }' },
  removeService: { allowed: [Role.SUPPLIER], document: 'mutation { removeService(id: "999999999999999") { id } }' },
  setServiceStatus: { allowed: [Role.ADMIN_CCS_CATEGORY], document: 'mutation { setServiceStatus(id: "999999999999999", status: DISABLED) { id } }' },
  transferService: { allowed: [Role.ADMIN_CCS_CATEGORY], document: 'mutation { transferService(id: "999999999999999", toSupplierId: "999999", reason: "Novation") { id } }' },
  setSupplierServicesSuspended: {
    allowed: [Role.ADMIN_CCS_CATEGORY],
    document: 'mutation { setSupplierServicesSuspended(supplierId: "999999", frameworkSlug: "g-cloud-99", suspended: true) { id } }',
  },
  revertService: { allowed: [Role.ADMIN_CCS_CATEGORY], document: 'mutation { revertService(id: "999999999999999", archivedServiceId: "1") { id } }' },
  acknowledgeServiceUpdates: { allowed: [Role.ADMIN_CCS_CATEGORY], document: 'mutation { acknowledgeServiceUpdates(id: "999999999999999", auditEventId: 1) { id } }' },
  copyServiceToDraft: { allowed: [Role.SUPPLIER], document: 'mutation { copyServiceToDraft(frameworkSlug: "g-cloud-99", serviceId: "999999999999999") { id } }' },
  copyAllServicesToDrafts: { allowed: [Role.SUPPLIER], document: 'mutation { copyAllServicesToDrafts(frameworkSlug: "g-cloud-99", lotSlug: "cloud-support") { id } }' },
  copyDraftService: { allowed: [Role.SUPPLIER], document: 'mutation { copyDraftService(id: "999999") { id } }' },
  createBrief: { allowed: [Role.BUYER], document: 'mutation { createBrief(frameworkSlug: "g-cloud-99", lotSlug: "x") { id } }' },
  updateBrief: { allowed: [Role.BUYER], document: 'mutation { updateBrief(id: "999999", answers: {}) { id } }' },
  deleteBrief: { allowed: [Role.BUYER], document: 'mutation { deleteBrief(id: "999999") }' },
  copyBrief: { allowed: [Role.BUYER], document: 'mutation { copyBrief(id: "999999") { id } }' },
  addBriefUser: { allowed: [Role.BUYER], document: 'mutation { addBriefUser(id: "999999", email: "x@example.gov.uk") { id } }' },
  publishBrief: { allowed: [Role.BUYER], document: 'mutation { publishBrief(id: "999999") { id } }' },
  withdrawBrief: { allowed: [Role.BUYER, Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: 'mutation { withdrawBrief(id: "999999", reason: "x") { id } }' },
  cancelBrief: { allowed: [Role.BUYER], document: 'mutation { cancelBrief(id: "999999") { id } }' },
  markBriefUnsuccessful: { allowed: [Role.BUYER], document: 'mutation { markBriefUnsuccessful(id: "999999") { id } }' },
  reopenUnsuccessfulBrief: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: 'mutation { reopenUnsuccessfulBrief(id: "999999") { id } }' },
  askClarificationQuestion: { allowed: [Role.SUPPLIER], document: 'mutation { askClarificationQuestion(id: "999999", question: "Why?") }' },
  askFrameworkClarificationQuestion: { allowed: [Role.SUPPLIER], document: 'mutation { askFrameworkClarificationQuestion(frameworkSlug: "g-cloud-99", question: "Why?") }' },
  publishClarificationQuestion: { allowed: [Role.BUYER], document: 'mutation { publishClarificationQuestion(id: "999999", question: "Why?", answer: "Because.") { id } }' },
  createBriefResponse: { allowed: [Role.SUPPLIER], document: 'mutation { createBriefResponse(briefId: "999999") { id } }' },
  updateBriefResponse: { allowed: [Role.SUPPLIER], document: 'mutation { updateBriefResponse(id: "999999", answers: {}) { id } }' },
  submitBriefResponse: { allowed: [Role.SUPPLIER], document: 'mutation { submitBriefResponse(id: "999999") { id } }' },
  chooseWinningResponse: { allowed: [Role.BUYER], document: 'mutation { chooseWinningResponse(briefId: "999999", responseId: "1") { id } }' },
  awardContract: { allowed: [Role.BUYER], document: 'mutation { awardContract(briefId: "999999", responseId: "1", startDate: "2024-01-01", value: "1.00") { id } }' },
  unawardContract: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: 'mutation { unawardContract(briefId: "999999", responseId: "1") { id } }' },
  createDirectAwardProject: { allowed: [Role.BUYER], document: 'mutation { createDirectAwardProject(name: "", search: {}) { id } }' },
  saveDirectAwardSearch: { allowed: [Role.BUYER], document: 'mutation { saveDirectAwardSearch(id: "123456789012345", search: {}) { id } }' },
  endDirectAwardSearch: { allowed: [Role.BUYER], document: 'mutation { endDirectAwardSearch(id: "123456789012345") { id } }' },
  downloadDirectAwardResults: { allowed: [Role.BUYER], document: 'mutation { downloadDirectAwardResults(id: "123456789012345", format: CSV) { filename } }' },
  confirmReadyToAssess: { allowed: [Role.BUYER], document: 'mutation { confirmReadyToAssess(id: "123456789012345") { id } }' },
  markStillAssessing: { allowed: [Role.BUYER], document: 'mutation { markStillAssessing(id: "123456789012345") { id } }' },
  chooseDirectAwardService: { allowed: [Role.BUYER], document: 'mutation { chooseDirectAwardService(id: "123456789012345", serviceId: "123456789012345") { id } }' },
  completeDirectAwardOutcome: {
    allowed: [Role.BUYER],
    document: 'mutation { completeDirectAwardOutcome(outcomeId: "123456789012345", startDate: "x", endDate: "y", value: "z", awardingOrganisationName: "") { id } }',
  },
  recordDirectAwardWithoutContract: { allowed: [Role.BUYER], document: 'mutation { recordDirectAwardWithoutContract(id: "123456789012345", result: CANCELLED) { id } }' },
  // gated queries
  myDirectAwardProjects: { allowed: [Role.BUYER], document: '{ myDirectAwardProjects { id } }' },
  directAwardProject: { allowed: [Role.BUYER], document: '{ directAwardProject(id: "123456789012345") { id } }' },
  briefResponse: { allowed: EVERYONE_SIGNED_IN, document: '{ briefResponse(id: "999999") { id } }' },
  myBriefResponses: { allowed: [Role.SUPPLIER], document: '{ myBriefResponses { id } }' },
  briefResponsesExport: { allowed: [Role.BUYER, Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: '{ briefResponsesExport(briefId: "999999", format: CSV) { filename } }' },
  myBriefs: { allowed: [Role.BUYER], document: '{ myBriefs { id } }' },
  services: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY], document: '{ services(first: 1) { totalCount } }' },
  archivedServices: {
    allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY],
    document: '{ archivedServices(serviceId: "999999999999999") { totalCount } }',
  },
  serviceUpdatesToReview: { allowed: [Role.ADMIN_CCS_CATEGORY], document: '{ serviceUpdatesToReview(first: 1) { totalCount } }' },
  frameworkDraftServices: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING], document: '{ frameworkDraftServices(frameworkSlug: "g-cloud-99") { totalCount } }' },
  servicesToCopy: { allowed: [Role.SUPPLIER], document: '{ servicesToCopy(frameworkSlug: "g-cloud-99", lotSlug: "x") { id } }' },
  frameworkAgreements: {
    allowed: [Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY],
    document: '{ frameworkAgreements(frameworkSlug: "g-cloud-99") { id } }',
  },
  draftServices: { allowed: [Role.SUPPLIER], document: '{ draftServices(frameworkSlug: "g-cloud-99") { id } }' },
  draftService: { allowed: [Role.SUPPLIER], document: '{ draftService(id: "999999") { id } }' },
  frameworkApplication: {
    allowed: [Role.SUPPLIER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_FRAMEWORK_MANAGER],
    document: '{ frameworkApplication(frameworkSlug: "g-cloud-99") { id } }',
  },
  users: { allowed: [Role.ADMIN, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY, Role.ADMIN_MANAGER], document: '{ users(first: 1) { totalCount } }' },
  user: { allowed: [Role.ADMIN, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY, Role.ADMIN_MANAGER], document: '{ user(id: "1") { id } }' },
  buyerEmailDomains: { allowed: [Role.ADMIN, Role.ADMIN_CCS_CATEGORY], document: '{ buyerEmailDomains { id } }' },
  auditEvents: {
    allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY],
    document: '{ auditEvents(first: 1) { totalCount } }',
  },
  auditEvent: {
    allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY],
    document: '{ auditEvent(id: "999999") { id } }',
  },
  // AD16 "View application statistics": framework managers and CCS sourcing.
  applicationStatistics: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING], document: '{ applicationStatistics(frameworkSlug: "g-cloud-99") { refreshedAt } }' },
  refreshApplicationStatistics: {
    allowed: [Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING],
    document: 'mutation { refreshApplicationStatistics(frameworkSlug: "g-cloud-99") { refreshedAt } }',
  },
  // The forms are the framework content, public like the questions themselves.
  form: { allowed: PUBLIC, document: '{ form(name: DECLARATION, frameworkSlug: "g-cloud-99") { name } }' },
  // Documents: anyone may ask for one (the documents policy answers NOT_FOUND for what they may not read).
  document: { allowed: PUBLIC, document: '{ document(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  frameworkCommunications: { allowed: [Role.SUPPLIER, ...ADMINS], document: '{ frameworkCommunications(frameworkSlug: "g-cloud-99") { id } }' },
  // "Manage communications" (AD12) is the framework manager's.
  deleteFrameworkDocument: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER], document: 'mutation { deleteFrameworkDocument(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  // Operations, with the search indices: support and framework managers.
  rescanDocuments: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: 'mutation { rescanDocuments { id } }' },
  documentRescan: { allowed: [Role.ADMIN, Role.ADMIN_FRAMEWORK_MANAGER], document: '{ documentRescan(id: "999999") { id } }' },
  // AD13 reports: supplier lists (FWM, DC, CAT); user lists (FWM); outcomes (FWM, SRC, CAT).
  supplierListReport: {
    allowed: [Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_DATA_CONTROLLER, Role.ADMIN_CCS_CATEGORY],
    document: '{ supplierListReport(frameworkSlug: "g-cloud-99", list: ACCOUNTS) { filename } }',
  },
  supplierResearchParticipantsReport: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER], document: '{ supplierResearchParticipantsReport(frameworkSlug: "g-cloud-99") { filename } }' },
  buyersReport: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER], document: '{ buyersReport(userResearchOnly: true) { filename } }' },
  directAwardOutcomesReport: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_CATEGORY], document: '{ directAwardOutcomesReport { filename } }' },
  dosOpportunitiesReport: { allowed: [Role.ADMIN_FRAMEWORK_MANAGER, Role.ADMIN_CCS_SOURCING, Role.ADMIN_CCS_CATEGORY], document: '{ dosOpportunitiesReport { filename } }' },
};

/** Queries anyone may run, without signing in. */
const PUBLIC_QUERIES = [
  'frameworks',
  'framework',
  'viewer',
  'accountLink',
  'suppliers',
  'gCloudSuppliers',
  'supplier',
  'service',
  'brief',
  'opportunities',
  'serviceSearch',
  'opportunitySearch',
  'searchFilters',
];

const GATE_MESSAGES = new Set(['You must sign in to do that', 'You are not allowed to do that']);

let app: TestApp;
const browsers = new Map<Principal, () => Promise<Browser>>();

beforeAll(async () => {
  app = await createTestApp();
  browsers.set('anonymous', async () => app.browser('web'));
  for (const role of Object.values(Role)) {
    const user = await makeUser(app.orm.em.fork(), { role });
    browsers.set(role, async () => {
      const b = app.browser(ADMINS.includes(role) ? 'admin' : 'web');
      const res = await b.gql('mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', { e: user.email, p: PASSWORD });
      if (res.errors) throw new Error(`could not sign in as ${role}: ${res.errors[0]!.message}`);
      return b;
    });
  }
});
afterAll(async () => {
  await app?.close();
});

describe('authorisation matrix', () => {
  it('covers every mutation and every query of the schema', async () => {
    const { schema } = await buildAppSchema(resolvers);
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(mutations.filter((m) => !(m in CASES))).toEqual([]);
    expect(queries.filter((q) => !(q in CASES) && !PUBLIC_QUERIES.includes(q))).toEqual([]);
  });

  for (const [operation, c] of Object.entries(CASES)) {
    it(`${operation}: ${c.allowed === PUBLIC ? 'public' : c.allowed.join(', ')}`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const principal of PRINCIPALS) {
        const browser = await browsers.get(principal)!();
        const res = await browser.gql(c.document, c.variables);
        const gated = res.errors?.find((e) => GATE_MESSAGES.has(e.message));
        outcomes[principal] = gated ? `denied:${gated.extensions?.code}` : 'allowed';
        const allowed = c.allowed === PUBLIC || (principal !== 'anonymous' && c.allowed.includes(principal));
        expected[principal] = allowed ? 'allowed' : principal === 'anonymous' ? 'denied:UNAUTHENTICATED' : 'denied:FORBIDDEN';
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
