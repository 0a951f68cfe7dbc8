import { Outlet, createBrowserRouter } from 'react-router';
import { PageNotFound, RouteError, accountRoutes } from '@dm/web/ui';
import { Layout } from '../components/Layout';
import { RequireTask } from './RequireTask';

/** The one route table of the admin app: lazy pages, the kit's account pages, a 404 for the rest. */
export const router = createBrowserRouter([
  {
    element: (
      <Layout>
        <Outlet />
      </Layout>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        hydrateFallbackElement: <p className="govuk-body">Loading…</p>,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../modules/home/HomePage')).HomePage }) },
          {
            path: 'frameworks',
            lazy: async () => {
              const { FrameworksPage } = await import('../modules/frameworks/FrameworksPage');
              return { Component: () => <RequireTask id="frameworks">{(viewer) => <FrameworksPage role={viewer.role} />}</RequireTask> };
            },
          },
          // AD15 admin accounts (admin-managers)
          { path: 'admin-users', lazy: async () => ({ Component: (await import('../modules/adminusers/AdminUsersPage')).AdminUsersPage }) },
          { path: 'admin-users/invite', lazy: async () => ({ Component: (await import('../modules/adminusers/InviteAdminPage')).InviteAdminPage }) },
          { path: 'admin-users/:id/edit', lazy: async () => ({ Component: (await import('../modules/adminusers/EditAdminPage')).EditAdminPage }) },
          // AD7 review service edits (category), with the AD6 read-only service view
          { path: 'service-edits', lazy: async () => ({ Component: (await import('../modules/serviceedits/ServiceEditsQueuePage')).ServiceEditsQueuePage }) },
          { path: 'service-edits/:id', lazy: async () => ({ Component: (await import('../modules/serviceedits/ServiceEditsPage')).ServiceEditsPage }) },
          // AD14 buyers: find an opportunity's buyers (withdraw, un-award) and buyer email domains
          { path: 'buyers', lazy: async () => ({ Component: (await import('../modules/buyers/FindBuyersPage')).FindBuyersPage }) },
          { path: 'buyers/opportunities/:id', lazy: async () => ({ Component: (await import('../modules/buyers/OpportunityBuyersPage')).OpportunityBuyersPage }) },
          { path: 'buyers/opportunities/:id/withdraw', lazy: async () => ({ Component: (await import('../modules/buyers/WithdrawOpportunityPage')).WithdrawOpportunityPage }) },
          {
            path: 'buyers/opportunities/:id/responses/:responseId/unaward',
            lazy: async () => ({ Component: (await import('../modules/buyers/UnawardContractPage')).UnawardContractPage }),
          },
          { path: 'buyer-email-domains', lazy: async () => ({ Component: (await import('../modules/buyers/BuyerEmailDomainsPage')).BuyerEmailDomainsPage }) },
          { path: 'buyer-email-domains/:id/remove', lazy: async () => ({ Component: (await import('../modules/buyers/RemoveBuyerEmailDomainPage')).RemoveBuyerEmailDomainPage }) },
          // AD11 framework agreements (framework managers, sourcing, data controllers, category; actions: sourcing)
          { path: 'agreements', lazy: async () => ({ Component: (await import('../modules/agreements/AgreementFrameworksPage')).AgreementFrameworksPage }) },
          { path: 'agreements/:framework', lazy: async () => ({ Component: (await import('../modules/agreements/AgreementsListPage')).AgreementsListPage }) },
          { path: 'agreements/:framework/:id', lazy: async () => ({ Component: (await import('../modules/agreements/AgreementPage')).AgreementPage }) },
          { path: 'agreements/:framework/:id/:action', lazy: async () => ({ Component: (await import('../modules/agreements/ConfirmActionPage')).ConfirmActionPage }) },
          // AD1–AD3 suppliers (search, details, users), AD4 find a user by email
          { path: 'suppliers', lazy: async () => ({ Component: (await import('../modules/suppliers/FindSupplierPage')).FindSupplierPage }) },
          { path: 'suppliers/:id', lazy: async () => ({ Component: (await import('../modules/suppliers/SupplierPage')).SupplierPage }) },
          { path: 'suppliers/:id/users', lazy: async () => ({ Component: (await import('../modules/suppliers/SupplierUsersPage')).SupplierUsersPage }) },
          { path: 'users', lazy: async () => ({ Component: (await import('../modules/users/FindUserPage')).FindUserPage }) },
          // AD16 application statistics (framework managers, sourcing); the audit event browser
          { path: 'statistics', lazy: async () => ({ Component: (await import('../modules/statistics/StatisticsFrameworksPage')).StatisticsFrameworksPage }) },
          { path: 'statistics/:framework', lazy: async () => ({ Component: (await import('../modules/statistics/StatisticsPage')).StatisticsPage }) },
          { path: 'audit-events', lazy: async () => ({ Component: (await import('../modules/audit/AuditEventsPage')).AuditEventsPage }) },
          { path: 'audit-events/:id', lazy: async () => ({ Component: (await import('../modules/audit/AuditEventPage')).AuditEventPage }) },
          // AD12 communications, AD17 framework status (framework managers), AD13 reports
          { path: 'communications', lazy: async () => ({ Component: (await import('../modules/communications/CommunicationsFrameworksPage')).CommunicationsFrameworksPage }) },
          { path: 'communications/:framework', lazy: async () => ({ Component: (await import('../modules/communications/CommunicationsPage')).CommunicationsPage }) },
          {
            path: 'communications/:framework/:id/delete',
            lazy: async () => ({ Component: (await import('../modules/communications/DeleteCommunicationPage')).DeleteCommunicationPage }),
          },
          { path: 'frameworks/status', lazy: async () => ({ Component: (await import('../modules/frameworks/FrameworkStatusPage')).FrameworkStatusListPage }) },
          { path: 'frameworks/:slug/status', lazy: async () => ({ Component: (await import('../modules/frameworks/FrameworkStatusPage')).FrameworkStatusPage }) },
          { path: 'reports/supplier-lists', lazy: async () => ({ Component: (await import('../modules/reports/SupplierListsPage')).SupplierListsPage }) },
          { path: 'reports/supplier-lists/:framework', lazy: async () => ({ Component: (await import('../modules/reports/SupplierListsPage')).FrameworkSupplierListsPage }) },
          { path: 'reports/users', lazy: async () => ({ Component: (await import('../modules/reports/UserListsPage')).UserListsPage }) },
          { path: 'reports/outcomes', lazy: async () => ({ Component: (await import('../modules/reports/OutcomesPage')).OutcomesPage }) },
          // AD1 service ID search, AD5 a supplier's services (suspend, unsuspend), AD6 a service (edit, remove, publish, versions, transfer)
          { path: 'services', lazy: async () => ({ Component: (await import('../modules/services/FindServicePage')).FindServicePage }) },
          { path: 'services/:id', lazy: async () => ({ Component: (await import('../modules/services/ServicePage')).ServicePage }) },
          { path: 'services/:id/edit/:section', lazy: async () => ({ Component: (await import('../modules/services/EditServiceSectionPage')).EditServiceSectionPage }) },
          { path: 'services/:id/versions', lazy: async () => ({ Component: (await import('../modules/services/ServiceVersionsPage')).ServiceVersionsPage }) },
          { path: 'services/:id/versions/:versionId', lazy: async () => ({ Component: (await import('../modules/services/ServiceVersionsPage')).ServiceVersionsPage }) },
          { path: 'services/:id/transfer', lazy: async () => ({ Component: (await import('../modules/services/TransferServicePage')).TransferServicePage }) },
          { path: 'services/:id/transfer/:supplierId', lazy: async () => ({ Component: (await import('../modules/services/TransferServicePage')).TransferServicePage }) },
          { path: 'services/:id/:action', lazy: async () => ({ Component: (await import('../modules/services/ServiceStatusPage')).ServiceStatusPage }) },
          { path: 'suppliers/:id/services', lazy: async () => ({ Component: (await import('../modules/services/SupplierServicesPage')).SupplierServicesPage }) },
          { path: 'suppliers/:id/services/:framework/:action', lazy: async () => ({ Component: (await import('../modules/services/SuspendServicesPage')).SuspendServicesPage }) },
          // AD2 supplier name, AD9 company details (data controllers), AD8 draft services, AD10 declarations (sourcing)
          { path: 'suppliers/:id/edit/name', lazy: async () => ({ Component: (await import('../modules/companydetails/CompanyDetailsPages')).EditSupplierNamePage }) },
          { path: 'suppliers/:id/edit/registered-name', lazy: async () => ({ Component: (await import('../modules/companydetails/CompanyDetailsPages')).RegisteredNamePage }) },
          {
            path: 'suppliers/:id/edit/registered-company-number',
            lazy: async () => ({ Component: (await import('../modules/companydetails/CompanyDetailsPages')).RegistrationNumberPage }),
          },
          {
            path: 'suppliers/:id/edit/registered-address',
            lazy: async () => ({ Component: (await import('../modules/companydetails/CompanyDetailsPages')).RegisteredAddressPage }),
          },
          { path: 'suppliers/:id/edit/duns-number', lazy: async () => ({ Component: (await import('../modules/companydetails/DunsNumberPage')).DunsNumberPage }) },
          { path: 'suppliers/:id/draft-services', lazy: async () => ({ Component: (await import('../modules/drafts/DraftServicesPage')).DraftServicesPage }) },
          { path: 'suppliers/:id/declarations/:framework', lazy: async () => ({ Component: (await import('../modules/declarations/DeclarationPage')).DeclarationPage }) },
          {
            path: 'suppliers/:id/declarations/:framework/:section',
            lazy: async () => ({ Component: (await import('../modules/declarations/DeclarationSectionPage')).DeclarationSectionPage }),
          },
          // Operations: search indices, background jobs, the email outbox (admin, framework managers)
          { path: 'operations/search-indices', lazy: async () => ({ Component: (await import('../modules/operations/SearchIndicesPage')).SearchIndicesPage }) },
          { path: 'operations/search-indices/:alias/roll-back', lazy: async () => ({ Component: (await import('../modules/operations/RollbackIndexPage')).RollbackIndexPage }) },
          { path: 'operations/jobs', lazy: async () => ({ Component: (await import('../modules/operations/JobsPage')).JobsPage }) },
          { path: 'operations/jobs/:queue/:id/:action', lazy: async () => ({ Component: (await import('../modules/operations/JobActionPage')).JobActionPage }) },
          { path: 'operations/emails', lazy: async () => ({ Component: (await import('../modules/operations/EmailsPage')).EmailsPage }) },
          ...accountRoutes(),
          { path: '*', Component: PageNotFound },
        ],
      },
    ],
  },
]);
