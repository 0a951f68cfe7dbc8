import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { fieldFormErrors, inlineError, NO_ERRORS, type FormErrors } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import type { ChoiceItem } from '../../ui/govuk/choices';
import { Radios } from '../../ui/govuk/Radios';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { lotDescription } from './lots';
import { searchHref, START_PATH } from './paths';

export const LiveGCloudLotsDocument = graphql(`
  query LiveGCloudLots {
    frameworks(family: G_CLOUD, status: [LIVE]) {
      slug
      name
      lots {
        slug
        name
      }
    }
  }
`);

/**
 * The radios: a lot each (named, with what it offers), "or", then every category (the empty value;
 * the group treats an empty value as no choice, so that item says itself when it is the one chosen).
 */
export function categoryItems(lots: ReadonlyArray<{ slug: string; name: string }>, chosen: string | null): ChoiceItem[] {
  return [
    ...lots.map((lot) => {
      const hint = lotDescription(lot.slug);
      return { value: lot.slug, text: lot.name, hint: hint ? { text: hint } : undefined };
    }),
    { divider: 'or' },
    { value: '', text: 'All categories', checked: chosen === '' || undefined },
  ];
}

const QUESTION = 'Choose a category';

/** A2: which G-Cloud category to search, from the lots of the latest live G-Cloud framework. Public. */
export function ChooseLotPage() {
  const { data, loading, error } = useQuery(LiveGCloudLotsDocument);
  const navigate = useNavigate();
  // null until the visitor picks; '' is "All categories".
  const [lot, setLot] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submission, setSubmission] = useState(0);

  if (error) return <ServiceProblem />;
  if (loading && !data) return <p className="govuk-body">Loading…</p>;
  // The frameworks come newest first: the first live one is the latest.
  const framework = data?.frameworks[0];
  if (!framework) return <PageNotFound />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lot === null) {
      setErrors(fieldFormErrors({ lot: 'Select a category' }));
      setSubmission((n) => n + 1);
      return;
    }
    void navigate(searchHref(lot));
  };

  return (
    <>
      <Title error={errors.summary.length > 0}>{QUESTION}</Title>
      <BackLink href={START_PATH}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} submission={submission} />
          <span className="govuk-caption-l">{framework.name}</span>
          <form noValidate onSubmit={submit}>
            <Radios
              name="lot"
              idPrefix="lot"
              fieldset={{ legend: { text: QUESTION, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
              hint={{ text: 'Search the services in one category, or in all of them. You can change the category on the search page.' }}
              items={categoryItems(framework.lots, lot)}
              value={lot}
              onChange={setLot}
              errorMessage={inlineError(errors, 'lot')}
            />
            <Button type="submit" text="Search for services" />
          </form>
        </div>
      </div>
    </>
  );
}
