import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { ErrorPage } from '../../ui/pages/ErrorPages';
import { projectPath, SAVED_SEARCHES, YOUR_ACCOUNT } from './paths';

/** Breadcrumbs of every project page: … › Your saved searches › the project (a link unless it is the page). */
export function ProjectBreadcrumbs({ id, name, here = false }: { id: string; name: string; here?: boolean }) {
  return (
    <Breadcrumbs
      items={[{ label: 'Your account', to: YOUR_ACCOUNT }, { label: 'Your saved searches', to: SAVED_SEARCHES }, here ? { label: name } : { label: name, to: projectPath(id) }]}
    />
  );
}

export function ReturnToTaskList({ id }: { id: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={projectPath(id)}>
        Return to your task list
      </Link>
    </p>
  );
}

/** A step the project is not at (the original answered 400 or 410): what happened, and the way back. */
export function NotAtThisStep({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <ErrorPage title={title}>
      {children}
      <ReturnToTaskList id={id} />
    </ErrorPage>
  );
}

/** Starts a real browser download of a file the API sent base64-encoded. */
export function saveFile(file: { filename: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
