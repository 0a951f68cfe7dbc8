import { formatDate } from '../../ui/format';
import { plural } from './progress';

// What a supplier's application page says once the framework has closed for applications
// (dm-journeys S5, pending/standstill/live): the lede, whether to ask for the agreement, and what
// was submitted, lot by lot.

export interface OutcomeFramework {
  name: string;
  status: string;
  isESignatureSupported: boolean;
  intentionToAwardAt?: string | null;
  liveAt?: string | null;
}

export interface OutcomeApplication {
  /** Whether the supplier has an application to the framework (those put on older frameworks by their services may not). */
  recorded: boolean;
  applicationStatus: string;
  declarationStatus: string;
  onFramework?: boolean | null;
  /** Whether an agreement has been signed. */
  signed: boolean;
}

export interface SubmittedDraft {
  id: string;
  status: string;
  name: string;
  lot: { slug: string };
}

/** Statuses whose agreements are signed online (when the framework allows it). */
const SIGNABLE = new Set(['STANDSTILL', 'LIVE']);
/** Statuses after which an application never made is nothing to show (an old iteration never applied to). */
const OVER = new Set(['LIVE', 'EXPIRED']);

/** Whether the supplier made an application: on the framework, or complete when the deadline came. */
export const madeAnApplication = (application: OutcomeApplication) => application.onFramework === true || application.applicationStatus === 'APPLICATION';

/** A framework that is live (or over) and was never applied to (nor has its services) has no page for this supplier (the 404 page). */
export const hidden = (framework: OutcomeFramework, application: OutcomeApplication) =>
  OVER.has(framework.status) && application.onFramework !== true && application.declarationStatus === 'UNSTARTED';

/** Drafts that were submitted at the deadline (those on lots the supplier was not accepted on failed afterwards). */
export const submittedDrafts = <D extends SubmittedDraft>(drafts: readonly D[]) => drafts.filter((d) => d.status === 'SUBMITTED' || d.status === 'FAILED');

/** The page's opening paragraphs: didn't apply; submitted and waiting (with when results come); successful; or not. */
export function lede(framework: OutcomeFramework, application: OutcomeApplication, submitted: number): string[] {
  const name = framework.name;
  if (!madeAnApplication(application)) return [`You did not make an application to ${name} before the deadline.`];
  const sent = submitted ? `You submitted ${plural(submitted, 'service')} to ${name}.` : null;
  if (application.onFramework === true) {
    if (framework.status === 'STANDSTILL')
      return [
        `Your application to ${name} was successful.`,
        framework.liveAt
          ? `${name} goes live on ${formatDate(framework.liveAt)}: from then buyers can find and buy your services.`
          : `Buyers can find and buy your services once ${name} is live.`,
      ];
    if (framework.status === 'LIVE') return [`Your company is on ${name}.`];
    return [`Your company was on ${name}.`];
  }
  if (application.onFramework === false) return [...(sent ? [sent] : []), `Your application to ${name} was not successful.`];
  return [
    sent ?? `You made an application to ${name}.`,
    framework.intentionToAwardAt
      ? `You will find out whether your application was successful by ${formatDate(framework.intentionToAwardAt)}.`
      : 'We will email you when the results are known.',
  ];
}

/** Whether to ask the supplier to sign and return its agreement: on the framework, signed online, not signed yet. */
export const mustSign = (framework: OutcomeFramework, application: OutcomeApplication) =>
  application.recorded && application.onFramework === true && !application.signed && framework.isESignatureSupported && SIGNABLE.has(framework.status);

export interface LotSubmission<D> {
  slug: string;
  name: string;
  drafts: D[];
}

/** The lots the supplier submitted services on, in the framework's order, each with its submitted drafts. */
export function submissionsByLot<D extends SubmittedDraft>(lots: ReadonlyArray<{ slug: string; name: string }>, drafts: readonly D[]): Array<LotSubmission<D>> {
  const submitted = submittedDrafts(drafts);
  return lots.flatMap((lot) => {
    const own = submitted.filter((d) => d.lot.slug === lot.slug);
    return own.length ? [{ slug: lot.slug, name: lot.name, drafts: own }] : [];
  });
}
