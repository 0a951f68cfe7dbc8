import { getFragmentData, type FragmentType } from '../../gql';
import { describeFile } from '../../ui/format';
import { ServiceDocumentFields } from './queries';

/**
 * A service's documents (pricing document, terms and conditions, service definition…), each a
 * download link that says what it is and its kind and size. Nothing when it has none.
 */
export function ServiceDocuments({
  headingLevel = 2,
  title = 'Documents',
  ...props
}: {
  documents: Array<FragmentType<typeof ServiceDocumentFields>>;
  headingLevel?: 2 | 3;
  /** The heading (another page section may already be called "Documents"). */
  title?: string;
}) {
  const documents = getFragmentData(ServiceDocumentFields, props.documents);
  if (!documents.length) return null;
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section aria-labelledby="service-documents-heading" className="govuk-!-margin-bottom-6" data-testid="service-documents">
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id="service-documents-heading">
        {title}
      </Heading>
      <ul className="govuk-list">
        {documents.map((doc) => {
          const about = describeFile(doc);
          return (
            <li key={doc.questionId}>
              <a className="govuk-link" href={doc.url}>
                {doc.title}
              </a>
              {about ? <span className="govuk-body-s"> ({about})</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
