import { fields } from './text.js';

/**
 * What one G-Cloud lot's services are about. A subject line reads
 * `name | categories | summary sentence | features | benefits` (lists split by `;`, every feature
 * and benefit under 10 words, as the questions require). Subjects follow what buyers searched the
 * original catalogue for (dm-frameworks search-terms.csv: case management, hosting, backup,
 * penetration testing, office 365, drupal, gis…) and the categories of the G-Cloud 13 questions.
 */
export interface Subject {
  name: string;
  categories: string[];
  summary: string;
  features: string[];
  benefits: string[];
}

export interface LotVocabulary {
  subjects: Subject[];
  /** Sentences that may follow a summary in a description. */
  sentences: string[];
  features: string[];
  benefits: string[];
  systemRequirements: string[];
  /** Name forms: `{name}` is the subject, `{brand}` the supplier's, `{audience}` a kind of buyer, `{platform}` a cloud. */
  nameForms: string[];
  /** Price bounds in pounds, where most minimum prices start (`from`), and the units and intervals (of the schema's enums) prices are quoted in (`storage` for storage and backup). */
  price: { min: number; max: number; from: number; decimals: number; per: Array<[unit: string, interval: string]>; storage?: [unit: string, interval: string] };
}

export const subjects = (lines: string[]): Subject[] =>
  lines.map((line) => {
    const [[name], categories, [summary], features, benefits] = fields(line) as [[string], string[], [string], string[], string[]];
    return { name, categories, summary, features, benefits };
  });

export const AUDIENCES = ['local councils', 'NHS trusts', 'central government', 'schools and academies', 'police forces', 'housing associations', 'universities and colleges'];
export const PLATFORMS = ['AWS', 'Microsoft Azure', 'Google Cloud'];
