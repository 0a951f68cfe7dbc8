import { answerKeys, editableAnswerKeys, loadManifest, type Question } from '../frameworks/content/framework-content.js';
import { contentFramework } from '../frameworks/content/schema-catalogue.js';

/** The manifests that say what may change on a live service: suppliers' (few questions) and admins' (all). */
export const SUPPLIER_EDIT_MANIFEST = 'edit_service';
export const ADMIN_EDIT_MANIFEST = 'edit_service_as_admin';

const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Answer keys a live-service edit may change; empty when the framework has no such manifest. */
export function editableKeys(frameworkSlug: string, lotSlug: string, asAdmin: boolean): ReadonlySet<string> {
  const framework = contentFramework(frameworkSlug);
  const manifest = asAdmin ? ADMIN_EDIT_MANIFEST : SUPPLIER_EDIT_MANIFEST;
  return memo(`edit:${framework}:${manifest}:${lotSlug}`, () => {
    try {
      return editableAnswerKeys(framework, manifest, 'services', lotSlug);
    } catch {
      return new Set<string>();
    }
  });
}

/**
 * Each answer key's question text, in the order of the admin edit manifest (which lists every
 * question): labels and order for the diff an admin reviews.
 */
export function questionLabels(frameworkSlug: string, lotSlug: string): Map<string, string> {
  const framework = contentFramework(frameworkSlug);
  return memo(`labels:${framework}:${lotSlug}`, () => {
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
      for (const section of loadManifest(framework, ADMIN_EDIT_MANIFEST, 'services', lotSlug)) for (const q of section.questions) visit(q);
    } catch {
      // No admin manifest for this framework: keys are shown as they are.
    }
    return out;
  });
}

/** The answer keys behind question ids (a pricing or multi-part question stores several). */
export function keysOfQuestions(frameworkSlug: string, lotSlug: string, questionIds: readonly string[]): Set<string> {
  const framework = contentFramework(frameworkSlug);
  const byId = memo(`questions:${framework}:${lotSlug}`, () => {
    const map = new Map<string, string[]>();
    try {
      for (const section of loadManifest(framework, 'edit_submission', 'services', lotSlug)) for (const q of section.questions) map.set(q.id, answerKeys(q));
    } catch {
      // Without content, ids are answer keys.
    }
    return map;
  });
  return new Set(questionIds.flatMap((id) => byId.get(id) ?? [id]));
}
