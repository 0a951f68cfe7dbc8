interface Props {
  title: string;
  children?: React.ReactNode;
}

export function ErrorPage({ title, children }: Props) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}

export function ServiceProblem() {
  return (
    <ErrorPage title="Sorry, there is a problem with the service">
      <p className="govuk-body">Try again later.</p>
    </ErrorPage>
  );
}

export function PageNotFound() {
  return (
    <ErrorPage title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
    </ErrorPage>
  );
}
