import { getFragmentData, graphql, type FragmentType } from '../gql';

/** What a page asks for to show answers in words (spread into the service and opportunity queries). */
export const AnswerSectionFields = graphql(`
  fragment AnswerSectionFields on DisplaySection {
    name
    slug
    rows {
      label
      values
    }
  }
`);

/** Answers in words, one summary list per section of a display manifest (service and opportunity pages). */
export function AnswerSections(props: { sections: Array<FragmentType<typeof AnswerSectionFields>> }) {
  const sections = getFragmentData(AnswerSectionFields, props.sections);
  return (
    <>
      {sections.map((section) => (
        <section key={section.slug} id={section.slug} aria-labelledby={`${section.slug}-heading`} className="govuk-!-margin-top-6">
          <h2 className="govuk-heading-m" id={`${section.slug}-heading`}>
            {section.name}
          </h2>
          <dl className="govuk-summary-list">
            {section.rows.map((r, i) => (
              <div key={i} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{r.label}</dt>
                <dd className="govuk-summary-list__value app-pre-line">
                  {r.values.length > 1 ? (
                    <ul className="govuk-list">
                      {r.values.map((v, j) => (
                        <li key={j}>{v}</li>
                      ))}
                    </ul>
                  ) : (
                    r.values[0]
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
