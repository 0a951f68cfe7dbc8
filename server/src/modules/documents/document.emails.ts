import type { EmailToQueue } from '../notifications/notifications.service.js';

/** The email copy of the documents module, in one place. */
export const documentEmails = {
  uploadRefused: (to: string, fileName: string, signature: string, rescan: boolean): EmailToQueue => ({
    to,
    template: rescan ? 'document-withdrawn' : 'document-upload-refused',
    subject: rescan ? 'A file you uploaded has been withdrawn: it contains a virus' : 'A file you uploaded was refused: it contains a virus',
    text: rescan
      ? `The file “${fileName}” you uploaded to the Digital Marketplace was checked again with newer virus signatures, which found ${signature} in it.\n\nThe file has been deleted and can no longer be downloaded. Check your computer for viruses, then upload a clean copy.\n\nDigital Marketplace`
      : `The file “${fileName}” you uploaded to the Digital Marketplace was checked for viruses and refused: it contains ${signature}.\n\nThe file has been deleted and nobody can download it. Check your computer for viruses, then upload a clean copy.\n\nDigital Marketplace`,
  }),
  infectedUpload: (to: string, fileName: string, signature: string, uploader: string, link: string, rescan: boolean): EmailToQueue => ({
    to,
    template: 'document-infected-admin',
    subject: rescan ? 'A stored file was found infected and withdrawn' : 'An infected file was uploaded to the Digital Marketplace',
    text: rescan
      ? `A rescan with newer virus signatures found ${signature} in “${fileName}”, uploaded by ${uploader}. It could be downloaded until now; it has been deleted.\n\nThe audit log has the details: ${link}\n\nDigital Marketplace`
      : `The virus scanner found ${signature} in “${fileName}”, uploaded by ${uploader}. The file was deleted and was never downloadable.\n\nThe audit log has the details: ${link}\n\nDigital Marketplace`,
  }),
};
