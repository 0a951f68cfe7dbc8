import type { ChangeEvent, ReactNode, Ref } from 'react';
import { useEnhanced } from './client';
import { cx, type Common } from './common';
import { description, FormGroup, slot, type FieldOptions, type LabelOption } from './field';
import { Label } from './Label';

/** How far an upload has gone: `value` of `max` (bytes, or a percentage by default). */
export interface UploadProgress {
  value: number;
  max?: number;
  /** Names the progress bar ("Uploading report.pdf"). */
  label?: ReactNode;
}

/** Where the uploaded file is in the virus scan: waiting, clean, or refused (with why). */
export interface ScanState {
  state: 'pending' | 'clean' | 'refused';
  fileName?: ReactNode;
  reason?: ReactNode;
  /** Replaces the default wording. */
  text?: ReactNode;
}

export interface FileUploadProps extends Omit<Common, 'html'>, FieldOptions {
  /** Defaults to the name. */
  id?: string;
  name?: string;
  label?: LabelOption;
  multiple?: boolean;
  /** File types the chooser offers (".pdf,.odt"). */
  accept?: string;
  disabled?: boolean;
  /** Kit extra: a progress bar under the input while the file is sent. */
  progress?: UploadProgress | null;
  /** Kit extra: the virus scan's state of the uploaded file, announced politely. */
  scan?: ScanState | null;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  ref?: Ref<HTMLInputElement>;
}

function scanMessage({ state, fileName, reason, text }: ScanState): ReactNode {
  if (text !== undefined) return text;
  const file = fileName ?? 'The file';
  if (state === 'pending') return <>{file} is being checked for viruses. This may take a few minutes.</>;
  if (state === 'clean') return <>{file} has been checked and uploaded.</>;
  return reason ? (
    <>
      {file} was refused: {reason}
    </>
  ) : (
    <>{file} was refused.</>
  );
}

/**
 * GOV.UK file upload: the plain file input with its label, hint and error message. As extras, an
 * upload's progress bar and the virus scan's state, in a polite live region that is in the page
 * (empty) from the start in the browser, so that screen readers announce each change.
 */
export function FileUpload(props: FileUploadProps) {
  const { name, label, multiple, accept, formGroup, errorMessage, classes, attributes, progress, scan, onChange, ref } = props;
  const id = props.id || name;
  const enhanced = useEnhanced();
  const statusId = `${id}-status`;
  const described = description(id, props);
  const describedBy = cx(described.describedBy, scan && statusId) || undefined;
  return (
    <FormGroup formGroup={formGroup} error={errorMessage}>
      <Label {...label} htmlFor={id} />
      {described.hint}
      {described.error}
      {slot(formGroup?.beforeInput)}
      <input
        className={cx('govuk-file-upload', classes, Boolean(errorMessage) && 'govuk-file-upload--error')}
        id={id}
        name={name ?? ''}
        type="file"
        disabled={props.disabled || undefined}
        multiple={multiple || undefined}
        accept={accept}
        aria-describedby={describedBy}
        onChange={onChange}
        ref={ref}
        {...attributes}
      />
      {progress ? (
        <div className="govuk-!-margin-top-2">
          <label className="govuk-label govuk-body-s" htmlFor={`${id}-progress`}>
            {progress.label ?? 'Upload progress'}
          </label>
          <progress id={`${id}-progress`} max={progress.max ?? 100} value={progress.value}>
            {Math.round((progress.value / (progress.max ?? 100)) * 100)}%
          </progress>
        </div>
      ) : null}
      {enhanced || scan ? (
        <div
          id={statusId}
          className={cx('govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0', scan?.state === 'refused' && 'govuk-!-font-weight-bold')}
          role="status"
          aria-live="polite"
        >
          {scan ? scanMessage(scan) : null}
        </div>
      ) : null}
      {slot(formGroup?.afterInput)}
    </FormGroup>
  );
}
