/**
 * Answers to the G-Cloud 13 service questions that take prose, written the way suppliers answer
 * them (the questions and their advice are in dm-frameworks, frameworks/g-cloud-13/questions/services).
 * A string is the answer; an array holds variants, one chosen per service. `{name}` is the service,
 * `{supplier}` the supplier and `{city}` its home. A date in an answer is written as GOV.UK does.
 */
export const TEXT: Record<string, string | string[]> = {
  serviceConstraints: [
    'Planned maintenance happens outside working hours, with at least 5 working days’ notice.',
    'The service is hosted in the UK only. Some administration features need a desktop browser.',
    'There are no constraints beyond those in our terms and conditions.',
  ],
  supportLevels: [
    'Standard support is included: 9am to 5pm, Monday to Friday, with a response within 1 hour for priority 1 incidents. Enhanced 24/7 support is available at 15% of the service charge. Every customer has a named account manager.',
    'We offer bronze, silver and gold support. Bronze covers working hours, silver adds evenings and weekends for priority 1 incidents, and gold adds a technical account manager and quarterly service reviews. Prices are in our pricing document.',
  ],
  emailOrTicketingSupportResponseTimes: 'We respond within 1 hour to priority 1 tickets and within 1 working day to others. Priority 1 tickets are answered at weekends too.',
  webChatSupportAccessibilityDescription: 'Web chat meets WCAG 2.2 AA and works with common screen readers and keyboard navigation.',
  webChatSupportAccessibilityTesting: 'We test web chat with JAWS, NVDA and VoiceOver each quarter, and with users with access needs once a year.',
  webInterfaceUsage: 'Buyers use the web console to create, change and remove resources, manage users and see usage and bills.',
  webInterfaceAccessibilityDescription: 'The web console meets WCAG 2.2 AA. Known issues and our plan to fix them are in our accessibility statement.',
  webInterfaceAccessibilityTesting: 'Automated checks run on every release, and an accessibility specialist audits the console every year.',
  APIUsage: 'Everything in the web interface is also in a REST API documented in OpenAPI, so buyers can automate set-up, reporting and user management.',
  commandLineUsage: 'Our command line tool manages resources from Linux, macOS and Windows, and supports scripted deployments.',
  gettingStarted: [
    'Every new customer has an onboarding session with a technical consultant, online guides and a sandbox to try things safely. Training for administrators is available on site or remotely.',
    'We agree an onboarding plan with you in the first week. It covers set-up, data migration, administrator training and user guides, and ends with a review of how the service is working for you.',
  ],
  documentationAccessibilityDescription: 'Our documentation is published as HTML that meets WCAG 2.2 AA, with PDF versions on request.',
  endOfContractDataExtraction:
    'Buyers can export their data at any time from the web interface or API in open formats such as CSV and JSON. We help with bulk exports at the end of the contract at no extra cost.',
  endOfContractProcess:
    'At the end of the contract we agree an exit plan, return the buyer’s data and securely delete it within 30 days, confirming deletion in writing. Help beyond the exit plan is charged at our standard day rate.',
  backupControls: 'Buyers choose what is backed up, how often and how long copies are kept, in the web console or through the API.',
  independenceOfResources: 'We monitor capacity continuously and keep at least 30% headroom, so one customer’s demand does not affect another’s.',
  dataProtectionBetweenNetworksOther: 'Traffic is encrypted with TLS 1.2 or higher, and private connections are available through PSN or HSCN.',
  dataProtectionWithinNetworkOther: 'Traffic between our data centres travels over encrypted private links.',
  protectionOfDataAtRestOther: 'Disks are encrypted with AES-256 and keys are held in a hardware security module.',
  guaranteedAvailability: [
    'We guarantee 99.9% availability each month, measured at our network edge. If we miss it, buyers receive service credits as set out in our terms and conditions.',
    'We guarantee 99.95% availability outside planned maintenance. Service credits of up to 25% of the monthly charge apply if we fall short.',
  ],
  approachToResilience:
    'The service runs in 2 UK data centres more than 40 miles apart, with automatic failover between them. Details of our resilience testing are available on request.',
  outageReporting: 'We report outages on a public status page and by email, and send a written incident report within 5 working days of any major outage.',
  virtualisationTechnologiesUsedOther: 'KVM',
  virtualisationThirdPartyProvider: ['Amazon Web Services', 'Microsoft Azure', 'Google Cloud'],
  virtualisationSeparation: 'Each customer’s resources sit in their own virtual network, separated by hypervisor controls and firewall rules.',
  securityGovernanceStandardsOther: 'Cyber Essentials Plus',
  securityGovernanceApproach: 'Our head of information security reports to the board, and our information security management system is certified to ISO/IEC 27001.',
  informationSecurityPoliciesAndProcesses:
    'Our security policies follow ISO/IEC 27001 and the NCSC Cloud Security Principles. Staff read and accept them when they join and every year after, and compliance is checked by internal audits and an external auditor.',
  configurationAndChangeManagementProcesses:
    'Every change is recorded, assessed for security impact and approved by a change board before release. Components are tracked in a configuration management database.',
  vulnerabilityManagementApproach:
    'We scan for vulnerabilities every week and follow NCSC and vendor advisories. Critical patches are applied within 24 hours, important ones within 14 days.',
  protectiveMonitoringApproach:
    'A security operations centre monitors the service 24 hours a day. Potential compromises are investigated within 1 hour and buyers are told of any that affect them.',
  incidentManagementApproach: 'We follow an incident process based on ITIL. Buyers report incidents by phone, email or portal, and receive a written report after each incident.',
  userAuthenticationDescription: 'Users sign in with single sign-on through the buyer’s identity provider, or with a password and a second factor.',
  accessRestrictionManagementAndSupport:
    'Access to management interfaces is limited to named staff with security clearance, using multi-factor authentication from managed devices.',
  managementAccessAuthenticationDescription: 'Administrators sign in with multi-factor authentication, and every action is logged.',
  standardsISOIEC27001Who: ['BSI', 'LRQA', 'NQA', 'the British Assessment Bureau'],
  standardsISOIEC27001When: ['14 March 2022', '3 October 2022', '21 June 2023'],
  standardsISOIEC27001Exclusions: 'None',
  standardsISO28000Who: ['BSI', 'LRQA'],
  standardsISO28000When: ['9 May 2022', '30 January 2023'],
  standardsISO28000Exclusions: 'None',
  standardsCSASTARWhen: ['17 November 2022', '6 April 2023'],
  standardsCSASTARExclusions: 'None',
  standardsPCIWho: ['Foregenix', 'Trustwave'],
  standardsPCIWhen: ['12 September 2022', '28 February 2023'],
  standardsPCIExclusions: 'Card payments are taken by our payment provider and are outside the scope of this service.',
  energyEfficientDatacentresDescription: 'Our data centres run on renewable electricity and follow the EU Code of Conduct for Data Centre Energy Efficiency.',
  freeVersionDescription: 'A 30-day free trial with all features for up to 10 users.',
  resellingOrganisations: ['Microsoft', 'Amazon Web Services', 'Salesforce'],
  serviceAddOnDetails: 'The service can be added to our hosting and support services, or used on its own.',
  mobileDifferences: 'The mobile app covers everyday tasks; administration and reporting are in the desktop version.',
  serviceInterfaceDescription: 'Administrators configure users, roles, workflows and templates in a web interface.',
  serviceInterfaceAccessibilityDescription: 'The interface meets WCAG 2.2 AA, and our accessibility statement lists any known issues.',
  serviceInterfaceTesting: 'We test with screen readers, keyboard-only use and magnification before each major release.',
  customisationDescription: 'Buyers can change forms, fields, workflows and letter templates without code, and can add integrations through the API.',
  dataExportHow: 'Users export data as CSV or JSON from any list or report, or in bulk through the API.',
  metricsDescription: 'Usage, performance and availability reports are available in the service and emailed each month.',
  planningServiceDescription: 'We help you plan your move to the cloud: assessing applications, costing options and agreeing a roadmap with your teams.',
  setupAndMigrationServiceDescription: 'We set up the new service, move your data and applications, and test everything with you before cutover.',
  QAAndTestingDescription: 'We test functionality, performance, security and accessibility, using automated tests wherever we can.',
  trainingDescription: 'Training is delivered on site or online, tailored to administrators, developers or end users, with materials you keep.',
  ongoingSupportDescription: 'After go-live we support the service under an agreed service level, with a named service manager and monthly reviews.',
};

/** Answers to the questions that take a list of short items. */
export const LISTS: Record<string, string[]> = {
  APIAutomationToolsOther: ['Pulumi', 'Crossplane'],
  documentationFormatsOther: ['Video tutorials', 'Knowledge base articles'],
  backupWhatData: ['Virtual machines', 'Databases', 'File systems', 'Configuration'],
  metricsWhatOther: ['Queue depth', 'Request latency'],
  dataExportFormatsOther: ['JSON', 'XML'],
  dataImportFormatsOther: ['JSON', 'XML'],
  publicSectorNetworksOther: ['Janet', 'SWAN'],
  planningServiceCompatibilityList: ['Amazon Web Services', 'Microsoft Azure', 'Google Cloud'],
  setupAndMigrationServiceSpecificList: ['Amazon Web Services', 'Microsoft Azure', 'Microsoft 365'],
  trainingServiceSpecificList: ['Microsoft Azure', 'Salesforce', 'ServiceNow'],
  securityTestingWhatOther: ['Red team exercises', 'Phishing simulations'],
  securityTestingAccreditationsOther: ['CREST STAR', 'Cyber Essentials Plus'],
  accreditationsOtherList: ['Cyber Essentials Plus', 'ISO 9001', 'ISO 22301'],
};
