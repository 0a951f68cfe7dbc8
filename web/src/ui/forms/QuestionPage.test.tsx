import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionPage, type QuestionPageProps } from './QuestionPage';
import { FORMS } from './questions/testing';

afterEach(cleanup);

const form = FORMS.declaration;
const section = (slug: string) => form.sections.find((s) => s.slug === slug)!;
const exclusion = section('grounds-for-mandatory-exclusion');

function renderPage(props: Partial<QuestionPageProps> = {}) {
  const onSave = props.onSave ?? vi.fn(async () => undefined);
  const onSaved = props.onSaved ?? vi.fn();
  render(
    <MockedProvider>
      <QuestionPage form={form} questionIds={exclusion.pages[0]!.questionIds} answers={{}} title={exclusion.name} {...props} onSave={onSave} onSaved={onSaved} />
    </MockedProvider>,
  );
  return { onSave, onSaved };
}

const save = () => act(() => screen.getByRole('button', { name: 'Save and continue' }).click());

describe('QuestionPage', () => {
  it('renders a section’s questions under its name, numbered through the declaration', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Grounds for mandatory exclusion');
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')!.textContent!.slice(0, 4))).toEqual(['12. ', '13. ', '14. ', '15. ', '16. ']);
  });

  it('sent empty, lists every question unanswered by number and name, each inline, and sends nothing', async () => {
    const { onSave } = renderPage();
    await save();
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['12. Organised crime or conspiracy convictions: you need to answer this question', '#conspiracy'],
      ['13. Bribery or corruption convictions: you need to answer this question', '#corruptionBribery'],
      ['14. Fraud convictions: you need to answer this question', '#fraudAndTheft'],
      ['15. Terrorism convictions: you need to answer this question', '#terrorism'],
      ['16. Organised crime convictions: you need to answer this question', '#organisedCrime'],
    ]);
    await waitFor(() => expect(document.activeElement!.contains(summary)).toBe(true));
    expect(document.getElementById('conspiracy-error')!.textContent).toBe('Error: You need to answer this question.');
    expect(document.title).toMatch(/^Error: Grounds for mandatory exclusion/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends only what changed, then goes on', async () => {
    const stored = { conspiracy: false, corruptionBribery: false, fraudAndTheft: false, terrorism: false, organisedCrime: false };
    const { onSave, onSaved } = renderPage({ answers: stored });
    fireEvent.click(screen.getAllByLabelText('Yes')[2]!);
    await save();
    expect(onSave).toHaveBeenCalledWith({ fraudAndTheft: true });
    expect(onSaved).toHaveBeenCalledWith({ ...stored, fraudAndTheft: true });
  });

  it('with nothing changed, goes on without saving; prefilled answers not stored yet are sent', async () => {
    const stored = { conspiracy: false, corruptionBribery: false, fraudAndTheft: false, terrorism: false };
    const first = renderPage({ answers: { ...stored, organisedCrime: false }, saved: stored });
    await save();
    expect(first.onSave).toHaveBeenCalledWith({ organisedCrime: false });
    cleanup();
    const second = renderPage({ answers: { ...stored, organisedCrime: false } });
    await save();
    expect(second.onSave).not.toHaveBeenCalled();
    expect(second.onSaved).toHaveBeenCalled();
  });

  it('shows the API’s field errors inline and in the summary, keeping what was typed', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'Check your answers', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { primaryContactEmail: 'Enter an email address in the correct format' } } }],
    });
    const contact = section('contact-details');
    const onSave = vi.fn(async () => {
      throw refusal;
    });
    const { onSaved } = renderPage({ questionIds: contact.pages[0]!.questionIds, title: contact.name, onSave });
    const inputs = screen.getAllByRole('textbox');
    ['Jo Bloggs', 'jo at example', 'Jo Bloggs', 'jo@example.com'].forEach((value, i) => fireEvent.change(inputs[i]!, { target: { value } }));
    await save();
    await screen.findByRole('alert');
    expect(within(screen.getByRole('alert')).getByRole('link').getAttribute('href')).toBe('#primaryContactEmail');
    expect(document.getElementById('primaryContactEmail-error')!.textContent).toBe('Error: Enter an email address in the correct format');
    expect((inputs[1] as HTMLInputElement).value).toBe('jo at example');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('clears an answer with null', async () => {
    const contact = section('contact-details');
    const answers = { primaryContact: 'Jo', primaryContactEmail: 'jo@example.com', contactNameContractNotice: 'Jo', contactEmailContractNotice: 'jo@example.com' };
    const { onSave } = renderPage({ questionIds: contact.pages[0]!.questionIds, title: contact.name, answers, requireAnswers: false });
    fireEvent.change(screen.getAllByRole('textbox')[0]!, { target: { value: '' } });
    await save();
    expect(onSave).toHaveBeenCalledWith({ primaryContact: null });
  });

  it('a page of one question makes it the h1 and the title', () => {
    const service = FORMS.cloudHosting;
    render(
      <MockedProvider>
        <QuestionPage form={service} questionIds={['serviceName']} answers={{}} onSave={async () => undefined} />
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What’s your service called?');
    expect(document.title).toMatch(/^What’s your service called\? – /);
  });
});
