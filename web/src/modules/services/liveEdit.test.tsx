import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import live from './fixtures/g-cloud-13-cloud-hosting-live-edit.json';
import { canEditService, editableSection, editTitle, savedMessage, sectionQuestionIds, summaryAnswers } from './liveEdit';
import { LiveEditSections } from './LiveEditSections';

afterEach(cleanup);

// The G-Cloud 13 cloud-hosting live-edit form (edit_service) as the server's form builder gives it.
const form = live as unknown as FrameworkForm;

const service = (over: Partial<{ status: string; framework: { status: string } }> = {}) => ({
  id: '123456789012345',
  status: 'PUBLISHED',
  framework: { status: 'LIVE' },
  lot: { name: 'Cloud hosting' },
  data: { serviceName: 'Managed hosting', serviceDescription: 'Hosting we run for you.', serviceFeatures: ['Backups'], serviceBenefits: ['Less work'] },
  ...over,
});

describe('what a supplier may change on a live service', () => {
  it('may change it while the framework is live, unless it is suspended or deleted; a removed one still may (as the API lets it)', () => {
    expect(canEditService(service())).toBe(true);
    expect(canEditService(service({ status: 'ENABLED' }))).toBe(true);
    expect(canEditService(service({ status: 'DISABLED' }))).toBe(false);
    expect(canEditService(service({ status: 'DELETED' }))).toBe(false);
    expect(canEditService(service({ framework: { status: 'EXPIRED' } }))).toBe(false);
  });

  it('finds only editable sections by slug, with the questions of their page', () => {
    expect(editableSection(form, 'service-attributes')).toBeUndefined();
    expect(editableSection(form, 'nonsense')).toBeUndefined();
    const about = editableSection(form, 'about-your-service')!;
    expect(about.name).toBe('About your service');
    expect(sectionQuestionIds(form, about)).toEqual(['serviceDescription']);
    expect(sectionQuestionIds(form, editableSection(form, 'service-features-and-benefits')!)).toEqual(['multiqServiceFeaturesAndBenefits']);
  });

  it('titles the edit page by section and service, and confirms in the same words', () => {
    expect(editTitle({ name: 'Service features and benefits' }, 'Managed hosting')).toBe('Edit service features and benefits – Managed hosting');
    expect(editTitle({ name: 'SFIA rate card' }, 'X')).toBe('Edit SFIA rate card – X');
    expect(savedMessage({ name: 'About your service' })).toBe('Your changes to ‘About your service’ are now live');
  });

  it('shows the service id and lot with the answers', () => {
    expect(summaryAnswers(service())).toMatchObject({ id: '123456789012345', lotName: 'Cloud hosting', serviceName: 'Managed hosting' });
  });
});

const cards = () =>
  Array.from(document.querySelectorAll('.govuk-summary-card')).map((card) => ({
    title: card.querySelector('.govuk-summary-card__title')!.textContent,
    edit: card.querySelector('.govuk-summary-card__actions a')?.getAttribute('href') ?? null,
  }));

describe('the service page’s live-edit sections', () => {
  it('shows every section with its answers, and an Edit link on the editable ones only', () => {
    render(
      <MockedProvider>
        <LiveEditSections form={form} service={service()} />
      </MockedProvider>,
    );
    const base = '/suppliers/services/123456789012345/edit';
    expect(cards()).toEqual([
      { title: 'Service attributes', edit: null },
      { title: 'Service name', edit: `${base}/service-name` },
      { title: 'About your service', edit: `${base}/about-your-service` },
      { title: 'Service features and benefits', edit: `${base}/service-features-and-benefits` },
      { title: 'Documents', edit: `${base}/documents` },
    ]);
    const attributes = document.querySelector<HTMLElement>('[data-section="service-attributes"]')!;
    expect(within(attributes).getByText('123456789012345')).toBeTruthy();
    expect(within(attributes).getByText('Cloud hosting')).toBeTruthy();
    expect(within(document.querySelector<HTMLElement>('[data-section="about-your-service"]')!).getByText('Hosting we run for you.')).toBeTruthy();
    expect(screen.getByText(/You can change how this service is described, but not the service itself/)).toBeTruthy();
  });

  it('has no Edit links while the service cannot be changed, and says so', () => {
    render(
      <MockedProvider>
        <LiveEditSections form={form} service={service({ status: 'DISABLED' })} />
      </MockedProvider>,
    );
    expect(cards().every((c) => c.edit === null)).toBe(true);
    expect(screen.getByText('You cannot change this service at the moment.')).toBeTruthy();
  });
});
