import type { EmailToQueue } from '../notifications/notifications.service.js';

/** The email copy of the documents module, in one place. */
export const documentEmails = {
  uploadRefused: (to: string, fileName: string, signature: string): EmailToQueue => ({
    to,
    template: 'document-upload-refused',
    subject: 'A file you uploaded was refused: it contains a virus',
    text: `The file “${fileName}” you uploaded to the Digital Marketplace was checked for viruses and refused: it contains ${signature}.\n\nThe file has been deleted and nobody can download it. Check your computer for viruses, then upload a clean copy.\n\nDigital Marketplace`,
  }),
  infectedUpload: (to: string, fileName: string, signature: string, uploader: string, link: string): EmailToQueue => ({
    to,
    template: 'document-infected-admin',
    subject: 'An infected file was uploaded to the Digital Marketplace',
    text: `The virus scanner found ${signature} in “${fileName}”, uploaded by ${uploader}. The file was deleted and was never downloadable.\n\nThe audit log has the details: ${link}\n\nDigital Marketplace`,
  }),
};
