import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../app/config.js';
import type { Document } from './document.entity.js';

/** The key download links are signed with: derived from the session secret, used for nothing else. */
const keyOf = (config: Pick<Config, 'SESSION_SECRET'>) => createHmac('sha256', config.SESSION_SECRET).update('document-download-links').digest();
const signatureOf = (config: Pick<Config, 'SESSION_SECRET'>, id: string, expires: number, by: string) =>
  createHmac('sha256', keyOf(config)).update(`${id}:${expires}:${by}`).digest('base64url');

/**
 * A short-lived link to download a document (`auditFor`: the user whose downloads through it are
 * audited, signed into the link so that whoever uses it, the download is recorded as theirs), relative to whichever site the viewer is on (both
 * SPAs pass /documents to the API). Whoever holds it may download until it expires: call this only
 * after deciding that the viewer may read the document.
 */
export function downloadLink(config: Pick<Config, 'SESSION_SECRET' | 'DOWNLOAD_URL_SECONDS'>, doc: Pick<Document, 'id' | 'fileName'>, now: Date, auditFor?: number): string {
  const expires = Math.floor(now.getTime() / 1000) + config.DOWNLOAD_URL_SECONDS;
  const by = auditFor === undefined ? '' : String(auditFor);
  return `/documents/${doc.id}/${encodeURIComponent(doc.fileName)}?expires=${expires}${by ? `&by=${by}` : ''}&signature=${signatureOf(config, doc.id, expires, by)}`;
}

/** Whether a link's signature is right ('invalid'), and if so whether it is still current ('expired'). */
export function checkLink(
  config: Pick<Config, 'SESSION_SECRET'>,
  id: string,
  query: { expires?: string; signature?: string; by?: string },
  now: Date,
): 'ok' | 'invalid' | 'expired' {
  const { expires, signature, by = '' } = query;
  if (!expires || !/^\d{1,12}$/.test(expires) || !signature || !/^\d{0,12}$/.test(by)) return 'invalid';
  const expected = Buffer.from(signatureOf(config, id, Number(expires), by));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return Number(expires) * 1000 < now.getTime() ? 'expired' : 'ok';
}
