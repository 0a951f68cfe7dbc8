import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';
import { DocumentScanDocument } from './upload';
import { MockedProvider } from '@apollo/client/testing/react';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = '3f2c8a9e-1b7d-4c2e-9a6f-0d4e5b6c7a8f';
const scan = (scanStatus: string, scanDetail: string | null = null, downloadUrl: string | null = null) => ({
  request: { query: DocumentScanDocument, variables: { id: ID } },
  result: { data: { document: { __typename: 'Document', id: ID, fileName: 'service-definition.pdf', scanStatus, scanDetail, downloadUrl } } },
});
const status = () => document.getElementById('serviceDefinitionDocumentURL-status')!.textContent;

describe('upload', () => {
  it('labels the file input with the question, its guidance as the hint, taking PDF or OpenDocument files', () => {
    renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL');
    const input = screen.getByLabelText('Add your service definition document');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('accept')).toBe('.pdf,.odt,.ods,.odp,.odg');
    expect(screen.getByText('be an Open Document Format (ODF) or PDF/A')).toBeTruthy();
  });

  it('shows a stored file waiting for the virus scan, then checked clean, as the scan is asked again', async () => {
    renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', {
      answers: { serviceDefinitionDocumentURL: ID },
      mocks: [scan('PENDING'), scan('CLEAN', null, '/documents/x')],
    });
    await waitFor(() => expect(status()).toBe('Waiting for the virus scan'));
    expect(screen.getByText(/Uploaded file: service-definition\.pdf/)).toBeTruthy();
    await waitFor(() => expect(status()).toBe('Checked: no viruses found'), { timeout: 5000 });
    expect(screen.getByRole('link', { name: 'service-definition.pdf' }).getAttribute('href')).toBe('/documents/x');
  });

  it('settles once the scan is known: following it does not re-render the page for ever (which kept a navigation from showing)', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', { answers: { serviceDefinitionDocumentURL: ID }, mocks: [scan('CLEAN', null, '/documents/x')] });
      await waitFor(() => expect(status()).toBe('Checked: no viruses found'));
      await new Promise((r) => setTimeout(r, 300));
      expect(errors.mock.calls.map((c) => String(c[0])).filter((m) => /Maximum update depth/.test(m))).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });

  it('shows a file refused with the virus found, and will not save it', async () => {
    const view = renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', {
      answers: { serviceDefinitionDocumentURL: ID },
      mocks: [scan('INFECTED', 'Eicar-Test-Signature')],
    });
    await waitFor(() => expect(status()).toBe('Refused: it contains a virus (Eicar-Test-Signature). Upload a different file.'));
    expect(view.check()).toEqual({ serviceDefinitionDocumentURL: 'Refused: it contains a virus (Eicar-Test-Signature). Upload a different file.' });
  });

  it('refuses a file of another kind or too large before sending it, with the content’s messages', async () => {
    const send = vi.fn();
    vi.stubGlobal('XMLHttpRequest', send);
    renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL');
    const input = screen.getByLabelText('Add your service definition document');
    fireEvent.change(input, { target: { files: [new File(['x'], 'notes.docx')] } });
    await screen.findByText('The file must be in an open format. Select an Open Document Format (ODF) or PDF/A (eg .pdf, .odt).', { exact: false });
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [big] } });
    await screen.findByText('The file must be smaller than 5MB.', { exact: false });
    expect(send).not.toHaveBeenCalled();
  });

  it('sends a chosen file as multipart with its purpose, shows the progress, then the scan; the answer is the document id', async () => {
    const sent: Array<{ url: string; headers: Record<string, string>; body: FormData }> = [];
    class FakeRequest {
      upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
      onload?: () => void;
      onerror?: () => void;
      status = 0;
      responseText = '';
      private url = '';
      private headers: Record<string, string> = {};
      open(_method: string, url: string) {
        this.url = url;
      }
      setRequestHeader(name: string, value: string) {
        this.headers[name] = value;
      }
      send(body: FormData) {
        sent.push({ url: this.url, headers: this.headers, body });
        requests.push(this);
      }
    }
    const requests: FakeRequest[] = [];
    const last = () => requests[requests.length - 1]!;
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const view = renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', { mocks: [scan('PENDING')] });
    fireEvent.change(screen.getByLabelText('Add your service definition document'), { target: { files: [new File(['%PDF-1.7'], 'service-definition.pdf')] } });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.url).toBe('/documents?purpose=service&framework=g-cloud-13&question=serviceDefinitionDocumentURL&lot=cloud-hosting');
    expect(sent[0]!.headers).toEqual({ 'X-Requested-With': 'XMLHttpRequest' });
    expect((sent[0]!.body.get('file') as File).name).toBe('service-definition.pdf');
    act(() => last().upload.onprogress!({ lengthComputable: true, loaded: 40, total: 100 }));
    expect(screen.getByRole('progressbar', { name: 'Uploading your file' }).getAttribute('value')).toBe('40');
    expect(view.check()).toEqual({ serviceDefinitionDocumentURL: 'Wait until your file has uploaded' });
    act(() => {
      last().status = 201;
      last().responseText = JSON.stringify({ document: { id: ID, fileName: 'service-definition.pdf', scanStatus: 'pending' } });
      last().onload!();
    });
    await waitFor(() => expect(status()).toBe('Waiting for the virus scan'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(view.answers()).toEqual({ serviceDefinitionDocumentURL: ID });
  });

  it('shows what the API refused the upload for inline', async () => {
    class Refusing {
      upload = {};
      status = 400;
      responseText = JSON.stringify({
        errors: [{ message: 'Check the file', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { file: 'The file must be smaller than 5MB.' } } }],
      });
      onload?: () => void;
      open() {}
      setRequestHeader() {}
      send() {
        setTimeout(() => this.onload!(), 0);
      }
    }
    vi.stubGlobal('XMLHttpRequest', Refusing);
    renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL');
    fireEvent.change(screen.getByLabelText('Add your service definition document'), { target: { files: [new File(['x'], 'a.pdf')] } });
    expect((await screen.findByText('The file must be smaller than 5MB.', { exact: false })).className).toContain('govuk-error-message');
  });

  it('keeps the document id as the answer; needs a file unless optional', () => {
    expect(roundTrip(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', { serviceDefinitionDocumentURL: ID })).toEqual({ serviceDefinitionDocumentURL: ID });
    expect(checkOf(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', {})).toEqual({ serviceDefinitionDocumentURL: 'Select a file.' });
  });

  it('names the file in a summary, linked once it is clean', async () => {
    render(
      <MockedProvider mocks={[scan('CLEAN', null, '/documents/x')]}>
        {summaryOf(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', { serviceDefinitionDocumentURL: ID })}
      </MockedProvider>,
    );
    expect((await screen.findByRole('link', { name: 'service-definition.pdf' })).getAttribute('href')).toBe('/documents/x');
  });

  it('shows an error inline', () => {
    renderQuestion(FORMS.cloudHosting, 'serviceDefinitionDocumentURL', { errors: { serviceDefinitionDocumentURL: 'Select a file.' } });
    expect(screen.getByLabelText('Add your service definition document').className).toContain('govuk-file-upload--error');
  });
});
