import type { ContentCatalogue } from '../../app/content-port.js';
import { manifestOf, type Question } from '../frameworks/content/framework-content.js';
import { contentFramework } from '../frameworks/content/schema-catalogue.js';

/** Where upload questions are found: every service question is in the admin edit manifest; declarations have their own. */
const MANIFESTS = { services: ['edit_service_as_admin', 'services'], declaration: ['declaration', 'declaration'] } as const;

/**
 * The upload questions of a framework's services (for a lot) or declaration, by id, kept in the
 * process's catalogue. Empty when the framework has no such content.
 */
export function uploadQuestions(content: ContentCatalogue, frameworkSlug: string, kind: keyof typeof MANIFESTS, lotSlug = ''): ReadonlyMap<string, Question> {
  const framework = contentFramework(frameworkSlug);
  const [manifest, questionSet] = MANIFESTS[kind];
  return content.cached(framework, `documents:uploads:${kind}:${lotSlug}`, () => {
    const out = new Map<string, Question>();
    const visit = (q: Question) => {
      if (q.type === 'upload') out.set(q.id, q);
      for (const child of q.questions ?? []) visit(child);
    };
    try {
      for (const section of manifestOf(content, framework, manifest, questionSet, lotSlug)) for (const q of section.questions) visit(q);
    } catch {
      // No content for this framework: nothing to upload.
    }
    return out;
  });
}
