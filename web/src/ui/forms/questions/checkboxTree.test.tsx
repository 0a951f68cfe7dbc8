import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, formOf, renderQuestion, roundTrip, SINGLE, summaryOf } from './testing';

afterEach(cleanup);

// Cloud Software's categories: a tree whose groups open their own categories.
const form = formOf([SINGLE.serviceCategories], { ...FORMS.cloudHosting, lotSlug: 'cloud-software' });

describe('checkbox_tree', () => {
  it('shows the groups, and a group’s categories once it is ticked', () => {
    renderQuestion(form, 'serviceCategories');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Which categories does your service fit under?');
    const group = screen.getByLabelText('Analytics and business intelligence');
    const nested = document.getElementById(group.getAttribute('aria-controls')!)!;
    expect(nested.className).toContain('govuk-checkboxes__conditional--hidden');
    fireEvent.click(group);
    expect(nested.className).not.toContain('govuk-checkboxes__conditional--hidden');
    expect(within(nested).getByRole('group', { name: 'Analytics and business intelligence categories' })).toBeTruthy();
    expect(within(nested).getAllByRole('checkbox')).toHaveLength(5);
  });

  it('stores only the leaves chosen, sorted, and the groups of stored leaves open again', () => {
    expect(roundTrip(form, 'serviceCategories', { serviceCategories: ['Payroll', 'Analytics'] })).toEqual({ serviceCategories: ['Analytics', 'Payroll'] });
    const view = renderQuestion(form, 'serviceCategories', { answers: { serviceCategories: ['Payroll'] } });
    expect((screen.getByLabelText('Accounting and finance') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Payroll') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Application security'));
    fireEvent.click(screen.getByLabelText('Encryption'));
    expect(view.answers()).toEqual({ serviceCategories: ['Encryption', 'Payroll'] });
    // Unticking a group takes its categories out of the answer.
    fireEvent.click(screen.getByLabelText('Accounting and finance'));
    expect(view.answers()).toEqual({ serviceCategories: ['Encryption'] });
  });

  it('needs a category (a group alone is not one) and no more than the content allows', () => {
    expect(checkOf(form, 'serviceCategories', {})).toEqual({ serviceCategories: 'You need to answer this question.' });
    const many = SINGLE.serviceCategories.options.filter((o) => o.parentValue).map((o) => o.value);
    expect(checkOf(form, 'serviceCategories', { serviceCategories: many })).toEqual({ serviceCategories: 'You can’t choose more than 20 categories.' });
  });

  it('lists the categories in a summary', () => {
    render(<>{summaryOf(form, 'serviceCategories', { serviceCategories: ['Encryption', 'Payroll'] })}</>);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Encryption', 'Payroll']);
  });

  it('shows an error inline', () => {
    renderQuestion(form, 'serviceCategories', { errors: { serviceCategories: 'You can’t choose more than 20 categories.' } });
    expect(document.getElementById('serviceCategories-error')!.textContent).toBe('Error: You can’t choose more than 20 categories.');
  });
});
