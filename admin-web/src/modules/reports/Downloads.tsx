import { useState, type ReactNode } from 'react';
import { Button, FormErrorSummary, Title, type FormAction } from '@dm/web/ui';
import { fileOf, saveFile } from './reports';

export interface DownloadItem {
  /** Its error field id and test id. */
  id: string;
  title: string;
  description: ReactNode;
  button: string;
  run: () => Promise<Record<string, unknown> | null>;
}

/**
 * A page of downloads: each a heading, what the file holds and its button. The file is built when
 * asked for; the API's refusal shows in the error summary; a polite message says when it started.
 */
export function DownloadsPage({
  title,
  caption,
  intro,
  items,
  errors,
  breadcrumbs,
}: {
  title: string;
  caption?: string;
  intro: ReactNode;
  items: DownloadItem[];
  errors: Array<Pick<FormAction<unknown, never>, 'hasErrors' | 'errors' | 'submission' | 'clear'>>;
  breadcrumbs: ReactNode;
}) {
  const [started, setStarted] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const failed = errors.find((e) => e.hasErrors);
  const download = async (item: DownloadItem) => {
    setStarted(null);
    setBusy(item.id);
    errors.forEach((e) => e.clear());
    try {
      const data = await item.run();
      if (!data) return;
      const file = fileOf(data);
      saveFile(file);
      setStarted(file.filename);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={Boolean(failed)}>{title}</Title>
        {breadcrumbs}
        {failed ? <FormErrorSummary errors={failed.errors} submission={failed.submission} /> : null}
        {caption ? <span className="govuk-caption-l">{caption}</span> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        {intro}
        <p className="govuk-body" role="status" data-testid="download-status">
          {started ? `Your download has started: ${started}` : ''}
        </p>
        {items.map((item) => (
          <section key={item.id} id={item.id} tabIndex={-1} aria-labelledby={`${item.id}-heading`} className="govuk-!-margin-bottom-6" data-testid={item.id}>
            <h2 className="govuk-heading-m" id={`${item.id}-heading`}>
              {item.title}
            </h2>
            {item.description}
            <Button type="button" classes="govuk-button--secondary" text={item.button} disabled={busy !== null} onClick={() => void download(item)} />
          </section>
        ))}
      </div>
    </div>
  );
}
