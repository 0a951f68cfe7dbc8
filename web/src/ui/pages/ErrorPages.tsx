import type { ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Title } from '../app/Title';

interface Props {
  title: string;
  children?: ReactNode;
}

/** A GOV.UK error page: the heading is the title. */
export function ErrorPage({ title, children }: Props) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{title}</Title>
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

/** What anyone gets for a page that does not exist or that they may not see. */
export function PageNotFound() {
  return (
    <ErrorPage title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
    </ErrorPage>
  );
}

/** The error element of a route: a page whose code or loader failed, or a 404 it threw. */
export function RouteError() {
  const error = useRouteError();
  return isRouteErrorResponse(error) && error.status === 404 ? <PageNotFound /> : <ServiceProblem />;
}
