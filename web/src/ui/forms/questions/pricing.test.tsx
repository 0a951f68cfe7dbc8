import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOf, FORMS, renderQuestion, roundTrip, summaryOf } from './testing';

afterEach(cleanup);

const PRICE = { priceMin: '100', priceMax: '250.50', priceUnit: 'Virtual machine', priceInterval: 'Month' };

describe('pricing', () => {
  it('asks each part of a G-Cloud price the content names: pounds in boxes, unit and time from lists', () => {
    renderQuestion(FORMS.cloudHosting, 'price');
    const group = screen.getByRole('group', { name: 'How much does the service cost (excluding VAT)?' });
    expect(within(group).getByRole('textbox', { name: 'Minimum price' }).parentElement!.querySelector('.govuk-input__prefix')!.textContent).toBe('£');
    expect(within(group).getByRole('textbox', { name: 'Maximum price (optional)' })).toBeTruthy();
    expect(within(within(group).getByRole('combobox', { name: 'Unit' })).getAllByRole('option')).toHaveLength(13);
    expect(within(group).getByRole('combobox', { name: 'Time (optional)' })).toBeTruthy();
  });

  it('stores each part under its own key; a day rate alone is one box labelled by the question', () => {
    expect(roundTrip(FORMS.cloudHosting, 'price', PRICE)).toEqual(PRICE);
    const view = renderQuestion(FORMS.cloudHosting, 'price', { answers: PRICE });
    fireEvent.change(screen.getByRole('textbox', { name: 'Maximum price (optional)' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Unit' }), { target: { value: 'User' } });
    expect(view.answers()).toEqual({ ...PRICE, priceMax: null, priceUnit: 'User' });
    cleanup();
    const rate = renderQuestion(FORMS.briefResponse, 'dayRate', { values: { brief: { lotSlug: 'digital-specialists' } } });
    fireEvent.change(screen.getByRole('textbox', { name: 'What’s the specialist’s day rate?' }), { target: { value: '650' } });
    expect(rate.answers()).toEqual({ dayRate: '650' });
  });

  it('pads pounds and pence where the content asks for them', () => {
    const view = renderQuestion(FORMS.award, 'awardedContractValue');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '9900.5' } });
    expect(view.answers()).toEqual({ awardedContractValue: '9900.50' });
  });

  it('checks each part with the content’s message for it', () => {
    expect(checkOf(FORMS.cloudHosting, 'price', {})).toEqual({
      priceMin: 'Minimum price requires an answer.',
      priceUnit: 'Pricing unit requires an answer. If none of the provided units apply, please choose ‘Unit’.',
    });
    expect(checkOf(FORMS.cloudHosting, 'price', { ...PRICE, priceMax: '£lots' })).toEqual({ priceMax: 'Maximum price must be a number, without units, eg 99.95' });
    expect(checkOf(FORMS.cloudHosting, 'price', { ...PRICE, priceMin: '300' })).toEqual({ priceMax: 'Minimum price must be less than maximum price.' });
    expect(checkOf(FORMS.award, 'awardedContractValue', { awardedContractValue: '0' })).toEqual({
      awardedContractValue: 'Enter the value in pounds and pence, using numbers and decimals only.',
    });
  });

  it('reads as a price in a summary', () => {
    render(<>{summaryOf(FORMS.cloudHosting, 'price', PRICE)}</>);
    expect(screen.getByText('£100 to £250.50 per virtual machine per month')).toBeTruthy();
    expect(summaryOf(FORMS.cloudHosting, 'price', {})).toBeNull();
  });

  it('shows an error on the part it is about', () => {
    renderQuestion(FORMS.cloudHosting, 'price', { errors: { priceUnit: 'Pricing unit requires an answer.' } });
    expect(screen.getByRole('combobox', { name: 'Unit' }).className).toContain('govuk-select--error');
    expect(document.getElementById('priceUnit-error')!.textContent).toBe('Error: Pricing unit requires an answer.');
  });
});
