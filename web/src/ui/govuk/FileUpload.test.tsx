import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FileUpload } from './FileUpload';
import { describeFixtures } from './fixtures';

const enhanced = "GOV.UK's drop-zone enhancement (`javascript: true`) is not built in React; the kit renders the plain file input";
describeFixtures('file-upload', (options) => <FileUpload {...options} />, {
  enhanced,
  'enhanced, with error message and hint': enhanced,
  'enhanced, multiple files': enhanced,
  'enhanced, custom wrapper classes and attributes': enhanced,
  translated: enhanced,
});

describe('FileUpload', () => {
  afterEach(cleanup);

  it('is a labelled file input described by its hint and error', () => {
    render(<FileUpload name="doc" label={{ text: 'Upload a file' }} hint={{ text: 'PDF only' }} errorMessage={{ text: 'Choose a file' }} accept=".pdf" />);
    const input = screen.getByLabelText('Upload a file');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('accept')).toBe('.pdf');
    expect(input.getAttribute('aria-describedby')).toBe('doc-hint doc-error');
    expect(input.className).toContain('govuk-file-upload--error');
  });

  it('shows upload progress as a labelled progress bar', () => {
    render(<FileUpload name="doc" label={{ text: 'Upload a file' }} progress={{ value: 40, label: 'Uploading terms.pdf' }} />);
    const bar = screen.getByRole('progressbar', { name: 'Uploading terms.pdf' });
    expect(bar.getAttribute('value')).toBe('40');
    expect(bar.getAttribute('max')).toBe('100');
  });

  it('keeps an empty live region in the page, then announces the scan state in it', () => {
    const { rerender } = render(<FileUpload name="doc" label={{ text: 'Upload a file' }} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    expect(screen.getByLabelText('Upload a file').hasAttribute('aria-describedby')).toBe(false);

    rerender(<FileUpload name="doc" label={{ text: 'Upload a file' }} scan={{ state: 'pending', fileName: 'terms.pdf' }} />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe('terms.pdf is being checked for viruses. This may take a few minutes.');
    expect(screen.getByLabelText('Upload a file').getAttribute('aria-describedby')).toBe('doc-status');

    rerender(<FileUpload name="doc" label={{ text: 'Upload a file' }} scan={{ state: 'clean', fileName: 'terms.pdf' }} />);
    expect(status.textContent).toBe('terms.pdf has been checked and uploaded.');

    rerender(<FileUpload name="doc" label={{ text: 'Upload a file' }} scan={{ state: 'refused', fileName: 'terms.pdf', reason: 'it contains a virus' }} />);
    expect(status.textContent).toBe('terms.pdf was refused: it contains a virus');
  });
});
