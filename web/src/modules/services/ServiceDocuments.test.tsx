import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceDocuments } from './ServiceDocuments';

afterEach(cleanup);

const doc = (questionId: string, title: string, extra: Record<string, unknown> = {}) => ({
  questionId,
  title,
  fileName: `${questionId}.pdf`,
  contentType: 'application/pdf',
  size: 4096,
  url: `/documents/0a1b2c3d-0000-5000-a000-000000000000/${questionId}.pdf?expires=1&signature=x`,
  ...extra,
});

describe('a service’s documents', () => {
  it('lists each as a download link saying its kind and size', () => {
    // The fragment's masked type is only a type: the component reads plain objects.
    render(
      <ServiceDocuments documents={[doc('pricingDocumentURL', 'Pricing document'), doc('sfiaRateDocumentURL', 'SFIA rate card', { contentType: null, size: null })] as never} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Documents' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Pricing document', 'SFIA rate card']);
    expect(links[0]!.getAttribute('href')).toMatch(/^\/documents\//);
    expect(screen.getByTestId('service-documents').textContent).toContain('Pricing document (PDF, 4 KB)');
    expect(screen.getByTestId('service-documents').textContent).toContain('SFIA rate card (PDF)');
  });

  it('shows nothing for a service without documents', () => {
    const { container } = render(<ServiceDocuments documents={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
