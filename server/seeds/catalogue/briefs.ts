import type { JsonSchema } from '../../src/modules/frameworks/content/json-schema.js';
import { validAnswers, type Rng } from '../answers.js';
import { fields, govukDate, isoDate, someOf } from './text.js';

const DAY = 24 * 3600 * 1000;

/** Public sector buyers, each with the region (a `location` answer) and city where its team works. */
export const BRIEF_ORGANISATIONS: Array<{ name: string; region: string; city: string }> = [
  { name: 'Leeds City Council', region: 'Yorkshire and the Humber', city: 'Leeds' },
  { name: 'Department for Work and Pensions', region: 'North East England', city: 'Newcastle upon Tyne' },
  { name: 'HM Revenue and Customs', region: 'North West England', city: 'Manchester' },
  { name: 'Ministry of Justice', region: 'London', city: 'London' },
  { name: 'Companies House', region: 'Wales', city: 'Cardiff' },
  { name: 'Scottish Government', region: 'Scotland', city: 'Edinburgh' },
  { name: 'Bristol City Council', region: 'South West England', city: 'Bristol' },
  { name: 'Department for Education', region: 'West Midlands', city: 'Coventry' },
  { name: 'Nottinghamshire County Council', region: 'East Midlands', city: 'Nottingham' },
  { name: 'Cambridgeshire County Council', region: 'East of England', city: 'Cambridge' },
  { name: 'Department for Infrastructure', region: 'Northern Ireland', city: 'Belfast' },
  { name: 'Kent County Council', region: 'South East England', city: 'Maidstone' },
  { name: 'NHS Business Services Authority', region: 'North East England', city: 'Newcastle upon Tyne' },
];

/**
 * What each lot's requirements are about, one a line: `title | organisation | detail | more`.
 * Digital outcomes: the phase (an answer of `phase`), the work, then its users. Digital specialists:
 * the role (an answer of `specialistRole`), then the work. User research participants: who takes
 * part, then the topic. Titles follow the kind of work DOS buyers published; the prose is our own.
 */
const LINES: Record<string, string[]> = {
  'digital-outcomes': [
    'Replatform the planning application service | Leeds City Council | live | move the planning application service to the cloud and improve it for applicants | planning officers, agents and residents applying for permission',
    'Discovery for a school admissions service | Nottinghamshire County Council | discovery | find out how parents apply for school places and what would make it easier | parents and carers applying for school places, and admissions officers',
    'Alpha for digital waste permits | Scottish Government | alpha | prototype and test an online service for applying for waste permits | businesses that need a waste permit, and permitting officers',
    'Beta for booking court hearings | Ministry of Justice | beta | build and run a public beta of a service for booking court hearings | court staff, legal professionals and people representing themselves',
    'Accessible redesign of a benefits eligibility checker | Department for Work and Pensions | live | redesign the benefits eligibility checker so everyone can use it | people checking what benefits they can claim, including disabled people',
    'Data platform for road maintenance | Kent County Council | alpha | build a data platform that brings together reports of road defects | highways inspectors, contractors and residents reporting potholes',
    'Online service for reporting fly-tipping | Bristol City Council | beta | build a service for residents to report fly-tipping with photos and a map | residents, street cleansing teams and enforcement officers',
    'Register of licensed landlords | Cambridgeshire County Council | discovery | understand what a public register of licensed landlords needs to do | tenants, landlords and housing enforcement officers',
    'Move the grants service to the cloud | Companies House | live | migrate the grants service to the cloud and support it for a year | charities applying for grants, and grants officers',
    'Flood warning sign-up service | Department for Infrastructure | beta | improve the flood warning sign-up service and the messages it sends | people living in flood risk areas and incident teams',
  ],
  'digital-specialists': [
    'Senior developer for case management | HM Revenue and Customs | developer | build new features for our case management system in Java and React',
    'Content designer for guidance pages | Companies House | contentDesigner | rewrite guidance for businesses so that it is clear and findable',
    'Delivery manager for a digital team | Department for Education | deliveryManager | lead a multidisciplinary team through alpha and beta',
    'Data architect for open data | Department for Infrastructure | dataArchitect | design how we publish our datasets as open data',
    'Agile coach for three teams | NHS Business Services Authority | agileCoach | coach 3 product teams and their managers in agile ways of working',
    'Security architect for cloud migration | Ministry of Justice | securityConsultant | set the security architecture for moving our services to the cloud',
    'Interaction designer for a licensing service | Kent County Council | designer | design and test the screens of a new licensing service',
    'User researcher for a tax service | HM Revenue and Customs | userResearcher | plan and run research with small businesses using a tax service',
    'Technical architect for an API platform | Department for Work and Pensions | technicalArchitect | design an API platform that shares data across departments',
    'Product manager for a housing service | Leeds City Council | productManager | own the roadmap of a service for reporting housing repairs',
  ],
  'user-research-participants': [
    'Participants for housing repairs research | Leeds City Council | council tenants who have reported a repair in the last year | reporting housing repairs online',
    'Older people using online banking | Department for Work and Pensions | people aged 70 or over who bank online or would like to | paying bills and claiming benefits online',
    'Small businesses filing tax returns | HM Revenue and Customs | owners of businesses with fewer than 10 staff who file their own returns | filing business tax returns',
    'Parents applying for childcare support | Department for Education | parents of children under 5 who use or plan to use childcare | applying for help with childcare costs',
    'Farmers using subsidy services | Scottish Government | farmers and land managers who have applied for a subsidy | applying for farming subsidies online',
    'Carers booking respite care | Nottinghamshire County Council | unpaid carers who look after someone at least 20 hours a week | finding and booking respite care',
    'Drivers renewing their licence | Department for Infrastructure | drivers over 70 and drivers with medical conditions | renewing a driving licence',
    'Students applying for funding | Department for Education | students aged 18 to 25, including care leavers | applying for student finance',
    'Residents reporting noise | Bristol City Council | residents who have complained about noise in the last 2 years | reporting noise nuisance',
    'Jobseekers using online services | Department for Work and Pensions | people looking for work who claim Universal Credit | searching and applying for jobs online',
  ],
};

const ROLES = LINES['digital-specialists']!.map((line) => fields(line)[2]![0]!);
/** The specialist roles requirements ask for (the demo suppliers offer them all). */
export const SPECIALIST_ROLES = [...new Set(ROLES)];

/** What buyers on each lot ask of suppliers, and how they judge success; budgets in pounds. */
const ASKS: Record<string, { essential: string[]; nice: string[]; success: string[]; budgets: number[] }> = {
  'digital-outcomes': {
    essential: [
      'Have built and run public services that passed a GDS Service Standard assessment',
      'Have designed services with users who have access needs, meeting WCAG 2.2 AA',
      'Have worked in agile, multidisciplinary teams alongside in-house staff',
      'Have moved services to the cloud without loss of service to users',
      'Have worked with open source code and published it openly',
    ],
    nice: ['Have worked with local government', 'Have worked with GOV.UK Notify and GOV.UK Pay', 'Have experience of Welsh language services'],
    success: [
      'The service passes its next Service Standard assessment',
      'More users complete their task online first time',
      'Fewer phone calls and emails from users who are stuck',
      'In-house staff can run and improve the service after the contract',
    ],
    budgets: [90_000, 120_000, 180_000, 250_000],
  },
  'digital-specialists': {
    essential: [
      'Have done this role in a public sector digital team',
      'Have worked in agile, multidisciplinary teams alongside in-house staff',
      'Have shared skills and knowledge with in-house colleagues',
      'Have worked with user researchers and designers to meet user needs',
    ],
    nice: ['Have worked in local government', 'Have worked on services assessed against the GDS Service Standard'],
    success: [],
    budgets: [40_000, 60_000, 80_000],
  },
  'user-research-participants': {
    essential: [
      'Have recruited participants who match a specification, including people with access needs',
      'Have paid participants their incentives within 2 weeks of each session',
      'Have handled participants’ personal data in line with UK GDPR',
    ],
    nice: ['Have recruited participants who speak Welsh', 'Have recruited people with low digital confidence'],
    success: ['Every session has its full number of participants', 'Participants match the specification', 'No sessions are lost to no-shows'],
    budgets: [3_000, 5_000, 8_000, 12_000],
  },
};
const CULTURE = [
  'Work as one team with our staff and other suppliers',
  'Be transparent and open about progress and problems',
  'Share knowledge and skills with our team',
  'Be comfortable working with clear objectives and changing detail',
];
const money = (n: number) => `£${n.toLocaleString('en-GB')}`;

/** How many requirements each lot has: one per line above. */
export const briefCount = (lot: string): number => LINES[lot]!.length;

/**
 * The answers of the `index`th requirement on `lot`: valid for `schema`, its dates counted from
 * `anchor` (when it was published, or now for a draft), dates in prose written as GOV.UK does.
 */
export function briefAnswers(schema: JsonSchema, lot: string, index: number, anchor: Date, r: Rng): { data: Record<string, unknown>; city: string } {
  const [[title], [organisation], [detail], [more], [users] = ['']] = fields(LINES[lot]![index]!) as [[string], [string], [string], [string], [string]?];
  const org = BRIEF_ORGANISATIONS.find((o) => o.name === organisation)!;
  const day = (n: number) => new Date(anchor.getTime() + n * DAY);
  const data = validAnswers(schema, r);
  const start = day(42 + 7 * r.int(0, 4));
  const asks = ASKS[lot]!;
  const low = r.pick(asks.budgets);
  const text: Record<string, unknown> = {
    title,
    organisation: org.name,
    location: org.region,
    startDate: isoDate(start),
    contractLength: r.pick(['3 months', '6 months', '12 months', '2 years']),
    workplaceAddress: `Our office in ${org.city}, with remote working for most of the week`,
    workingArrangements: `The team can work remotely, and joins us in ${org.city} for show and tells every 2 weeks.`,
    existingTeam: 'A service owner, a product manager and 2 developers from our in-house digital team.',
    securityClearance: 'Baseline Personnel Security Standard (BPSS) clearance before the work starts.',
    additionalTerms:
      lot === 'user-research-participants'
        ? 'The supplier pays participants’ incentives and travel costs directly.'
        : 'Suppliers must follow the Technology Code of Practice and publish code openly where they can.',
    budgetRange: `${money(low)} to ${money(low * 1.5)}, excluding VAT.`,
    earlyMarketEngagement: `We held an online session for suppliers on ${govukDate(day(-21))}. The slides and questions are on our website.`,
    questionAndAnswerSessionDetails: `A video call for suppliers on ${govukDate(day(3))} at 2pm. Email us for the joining details by ${govukDate(day(2))}.`,
    essentialRequirements: someOf(asks.essential, r.int(2, 4), r),
    niceToHaveRequirements: someOf(asks.nice, r.int(1, 2), r),
    successCriteria: someOf(asks.success, r.int(2, 3), r),
    culturalFitCriteria: someOf(CULTURE, r.int(2, 3), r),
  };
  if (lot === 'digital-outcomes')
    Object.assign(text, {
      phase: detail,
      summary: `We need a team to ${more}.`,
      backgroundInformation: `${org.name} wants to ${more}. The work is funded this financial year and is part of our digital strategy.`,
      outcome: `A service that meets the Service Standard and that users can complete online first time, with our team able to run it afterwards.`,
      endUsers: `The users are ${users}.`,
      workAlreadyDone:
        detail === 'discovery' ? 'None: this is the start of the work.' : `A discovery finished on ${govukDate(day(-75))}. Its report is available to shortlisted suppliers.`,
    });
  if (lot === 'digital-specialists')
    Object.assign(text, {
      specialistRole: detail,
      summary: `We need a ${title.split(' for ')[0]!.toLowerCase()} to ${more}.`,
      specialistWork: `You will ${more}, working with our in-house team and sharing what you know with them.`,
    });
  if (lot === 'user-research-participants')
    Object.assign(text, {
      summary: `We need participants for research into ${more}.`,
      researchRounds: '2 rounds',
      participantsPerRound: '8 participants in each round, at least 2 of whom use assistive technology.',
      researchDates: `First round in the week of ${govukDate(start)}, the second 4 weeks later`,
      researchFrequency: 'One round every 4 weeks, each over 2 days.',
      researchAddress: `Our research room in ${org.city}, and remote sessions by video call.`,
      accessRestrictions: 'The building has step-free access and a hearing loop.',
      participantSpecification: `People who are ${detail}. Include a range of ages, and people with low digital confidence.`,
      participantAccessibilityNeeds: 'Include 2 people who use screen readers and 1 who uses British Sign Language.',
      researchPlan: `Interviews and usability testing of prototypes for ${more}.`,
    });
  for (const [key, value] of Object.entries(text)) if (key in data || (schema.required as string[]).includes(key)) data[key] = value;
  return { data, city: org.city };
}
