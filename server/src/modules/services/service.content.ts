import type { ContentCatalogue } from '../../app/content-port.js';
import { answerKeys, editableAnswerKeys, manifestOf, type Question } from '../frameworks/content/framework-content.js';
import { contentFramework } from '../frameworks/content/schema-catalogue.js';

/** The manifests that say what may change on a live service: suppliers' (few questions) and admins' (all). */
export const SUPPLIER_EDIT_MANIFEST = 'edit_service';
export const ADMIN_EDIT_MANIFEST = 'edit_service_as_admin';

/**
 * What services read from the framework content, derived once per process and kept in the
 * catalogue the context carries (by content framework, so that a refresh of it drops them too).
 */

/** Answer keys a live-service edit may change; empty when the framework has no such manifest. */
export function editableKeys(content: ContentCatalogue, frameworkSlug: string, lotSlug: string, asAdmin: boolean): ReadonlySet<string> {
  const framework = contentFramework(frameworkSlug);
  const manifest = asAdmin ? ADMIN_EDIT_MANIFEST : SUPPLIER_EDIT_MANIFEST;
  return content.cached(framework, `services:editable:${manifest}:${lotSlug}`, () => {
    try {
      return editableAnswerKeys(manifestOf(content, framework, manifest, 'services', lotSlug));
    } catch {
      return new Set<string>();
    }
  });
}

/**
 * Each answer key's question text, in the order of the admin edit manifest (which lists every
 * question): labels and order for the diff an admin reviews.
 */
export function questionLabels(content: ContentCatalogue, frameworkSlug: string, lotSlug: string): ReadonlyMap<string, string> {
  const framework = contentFramework(frameworkSlug);
  return content.cached(framework, `services:labels:${lotSlug}`, () => {
    const out = new Map<string, string>();
    const visit = (q: Question, parent?: string) => {
      if (q.type === 'multiquestion') {
        for (const c of q.questions ?? []) visit(c, q.name ?? q.question);
        return;
      }
      const text = (q.name ?? q.question ?? parent ?? q.id).trim();
      if (q.type === 'pricing') for (const [part, key] of Object.entries(q.fields ?? {})) out.set(key, `${text} (${part.replace(/_/g, ' ')})`);
      else for (const key of answerKeys(q)) out.set(key, text);
    };
    try {
      for (const section of manifestOf(content, framework, ADMIN_EDIT_MANIFEST, 'services', lotSlug)) for (const q of section.questions) visit(q);
    } catch {
      // No admin manifest for this framework: keys are shown as they are.
    }
    return out;
  });
}

/** The answer keys behind question ids (a pricing or multi-part question stores several). */
export function keysOfQuestions(content: ContentCatalogue, frameworkSlug: string, lotSlug: string, questionIds: readonly string[]): Set<string> {
  const framework = contentFramework(frameworkSlug);
  const byId = content.cached(framework, `services:answer-keys:${lotSlug}`, () => {
    const map = new Map<string, string[]>();
    try {
      for (const section of manifestOf(content, framework, 'edit_submission', 'services', lotSlug)) for (const q of section.questions) map.set(q.id, answerKeys(q));
    } catch {
      // Without content, ids are answer keys.
    }
    return map;
  });
  return new Set(questionIds.flatMap((id) => byId.get(id) ?? [id]));
}
