import type { ReactNode } from 'react';
import { Title } from '../../ui/app/Title';

/** The support address the help, privacy and accessibility pages give. */
export const SUPPORT_EMAIL = 'support@digitalmarketplace.service.gov.uk';

export function SupportEmail() {
  return (
    <a className="govuk-link" href={`mailto:${SUPPORT_EMAIL}`}>
      {SUPPORT_EMAIL}
    </a>
  );
}

/** A page of guidance text: its title as the H1, then the content in the two-thirds column. */
export function ContentPage({ title, caption, lede, children }: { title: string; caption?: string; lede?: ReactNode; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{title}</Title>
        {caption ? <span className="govuk-caption-l">{caption}</span> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        {lede ? <p className="govuk-body-l">{lede}</p> : null}
        {children}
      </div>
    </div>
  );
}
