import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { graphql } from '../../gql';
import { FileUpload, type ScanState } from '../../govuk/FileUpload';
import { Link } from '../../govuk/links';
import { labelOf, messageFor, questionHeading } from './shared';
import type { FieldProps, Question, QuestionContext, QuestionType, UploadTarget } from './types';

/** An uploaded file's scan, asked again every few seconds while it waits. */
export const DocumentScanDocument = graphql(`
  query DocumentScan($id: ID!) {
    document(id: $id) {
      id
      fileName
      scanStatus
      scanDetail
      downloadUrl
    }
  }
`);

const POLL_MS = 2000;

type ScanStatus = 'PENDING' | 'CLEAN' | 'INFECTED' | 'FAILED';

export interface UploadState {
  /** The document the answer names (its id is the answer). */
  id: string | null;
  fileName: string | null;
  status: ScanStatus | null;
  /** The virus found, or why the scan failed. */
  detail: string | null;
  /** A file is being sent. */
  busy: boolean;
  /** Why the last file chosen was not taken. */
  error: string | null;
}

const EXTENSIONS: Record<string, string[]> = { pdf: ['.pdf'], odf: ['.odt', '.ods', '.odp', '.odg'], csv: ['.csv'] };

const extensionsOf = (question: Question) => (question.upload?.kinds ?? ['pdf', 'odf']).flatMap((kind) => EXTENSIONS[kind] ?? [`.${kind}`]);

/** What the uploads endpoint answers: the document, or a refusal with a message for the field. */
type UploadResult = { document: { id: string; fileName: string; scanStatus: ScanStatus } } | { error: string };

/**
 * Sends one file to `POST /documents` as multipart (the header proves it comes from our pages),
 * telling how much has gone; resolves to the new document or the refusal's message.
 */
export function sendFile(file: File, target: UploadTarget, question: string, onProgress: (percent: number) => void, failed: string): Promise<UploadResult> {
  const query = new URLSearchParams({ purpose: target.purpose, framework: target.framework, question });
  if (target.lot) query.set('lot', target.lot);
  if (target.supplier) query.set('supplier', target.supplier);
  const body = new FormData();
  body.append('file', file);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/documents?${query.toString()}`);
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => resolve({ error: failed });
    request.onload = () => {
      try {
        const answer = JSON.parse(request.responseText) as {
          document?: { id: string; fileName: string; scanStatus: string };
          errors?: Array<{ message: string; extensions?: { fieldErrors?: Record<string, string> } }>;
        };
        if (request.status === 201 && answer.document) {
          resolve({ document: { ...answer.document, scanStatus: answer.document.scanStatus.toUpperCase() as ScanStatus } });
          return;
        }
        const refusal = answer.errors?.[0];
        const fields = refusal?.extensions?.fieldErrors ?? {};
        resolve({ error: fields.file ?? Object.values(fields)[0] ?? refusal?.message ?? failed });
      } catch {
        resolve({ error: failed });
      }
    };
    request.send(body);
  });
}

/** What the live region says of a document's scan: waiting, clean, or refused and why. */
export function scanState(status: ScanStatus | null, detail: string | null, fileName: string | null): ScanState | null {
  if (!status) return null;
  const named = fileName ?? undefined;
  if (status === 'PENDING') return { state: 'pending', fileName: named, text: 'Waiting for the virus scan' };
  if (status === 'CLEAN') return { state: 'clean', fileName: named, text: 'Checked: no viruses found' };
  const reason = status === 'INFECTED' ? `it contains a virus${detail ? ` (${detail})` : ''}` : 'it could not be checked for viruses';
  return { state: 'refused', fileName: named, reason, text: `Refused: ${reason}. Upload a different file.` };
}

/** Follows a document's scan while it waits; the state's copy of it is kept current. */
function useScan(id: string | null) {
  const { data, startPolling, stopPolling } = useQuery(DocumentScanDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'cache-and-network' });
  const document = id && data?.document.id === id ? data.document : null;
  const waiting = document?.scanStatus === 'PENDING';
  useEffect(() => {
    if (!waiting) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [waiting, startPolling, stopPolling]);
  return document;
}

export function UploadField({ question, state, onChange, errors, ctx, heading, path }: FieldProps<UploadState>) {
  const { title, hint, advice } = questionHeading(question, ctx);
  const id = path + question.id;
  const [progress, setProgress] = useState<number | null>(null);
  const document = useScan(state.id);
  const failed = messageFor(question, 'file_can_be_saved', ctx, undefined, 'The selected file could not be uploaded - try again.');

  useEffect(() => {
    if (!document) return;
    const status = document.scanStatus as ScanStatus;
    onChange((previous) =>
      previous.id === document.id && (previous.status !== status || previous.fileName !== document.fileName)
        ? { ...previous, status, detail: document.scanDetail ?? null, fileName: document.fileName }
        : previous,
    );
  }, [document, onChange]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const rule = question.upload;
    const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
    const refuse = (error: string) => onChange((previous) => ({ ...previous, busy: false, error }));
    if (!extensionsOf(question).includes(extension)) return refuse(rule?.typeMessage ?? failed);
    if (rule && file.size > rule.maxBytes) return refuse(rule.sizeMessage);
    if (!ctx.upload) return refuse(failed);
    onChange((previous) => ({ ...previous, busy: true, error: null }));
    setProgress(0);
    const result = await sendFile(file, ctx.upload, question.id, setProgress, failed);
    setProgress(null);
    if ('error' in result) return refuse(result.error);
    const { id: documentId, fileName, scanStatus } = result.document;
    onChange(() => ({ id: documentId, fileName, status: scanStatus, detail: null, busy: false, error: null }));
  };

  const current = state.id ? (
    <p className="govuk-body govuk-!-margin-bottom-2">
      {document?.downloadUrl ? (
        <>
          Uploaded file: <Link href={document.downloadUrl}>{state.fileName ?? 'your file'}</Link>
        </>
      ) : (
        <>Uploaded file: {state.fileName ?? 'your file'}</>
      )}
    </p>
  ) : null;
  const error = errors[id] ? errors[id] : state.error;
  return (
    <>
      <FileUpload
        id={id}
        name={id}
        label={labelOf(title, heading)}
        hint={hint}
        accept={extensionsOf(question).join(',')}
        formGroup={{ beforeInput: current ? { children: current } : undefined }}
        progress={progress === null ? null : { value: progress, label: 'Uploading your file' }}
        scan={state.busy ? null : scanState(state.status, state.detail, state.fileName)}
        errorMessage={error ? { text: error } : undefined}
        onChange={(event) => void choose(event)}
      />
      {advice}
    </>
  );
}

/** A document's name (a link once it is clean) and its scan, for a summary. */
export function UploadSummary({ id }: { id: string }) {
  const document = useScan(id);
  if (!document) return <>Uploaded file</>;
  const name = document.downloadUrl ? <Link href={document.downloadUrl}>{document.fileName}</Link> : document.fileName;
  const status = document.scanStatus as ScanStatus;
  return (
    <>
      {name}
      {status === 'PENDING' ? ' (waiting for the virus scan)' : status === 'CLEAN' ? null : ' (refused: upload a different file)'}
    </>
  );
}

const NO_FILE: UploadState = { id: null, fileName: null, status: null, detail: null, busy: false, error: null };

/** `upload`: a file sent as soon as it is chosen, then scanned for viruses; the answer is the document's id. */
export const upload: QuestionType<UploadState> = {
  keys: (q) => [q.id],
  toState: (q, answers) => (typeof answers[q.id] === 'string' && answers[q.id] ? { ...NO_FILE, id: answers[q.id] as string } : NO_FILE),
  toAnswers: (q, state) => ({ [q.id]: state.id }),
  check(q, state, ctx: QuestionContext, { required, path }) {
    const id = path + q.id;
    if (state.busy) return { [id]: 'Wait until your file has uploaded' };
    if (state.status === 'INFECTED' || state.status === 'FAILED') return { [id]: scanState(state.status, state.detail, state.fileName)!.text as string };
    if (!state.id) return required ? { [id]: messageFor(q, 'answer_required', ctx, undefined, 'Select a file.') } : {};
    return {};
  },
  anchor: (q, _key, path) => path + q.id,
  Field: UploadField,
  summary: (q, answers) => (typeof answers[q.id] === 'string' && answers[q.id] ? <UploadSummary id={answers[q.id] as string} /> : null),
};
