import { ErrorSummary } from '../govuk/ErrorSummary';
import type { FormErrors } from './formErrors';

/** The GOV.UK error summary of a form, taking focus once for each submission that failed. */
export function FormErrorSummary({ errors, submission }: { errors: FormErrors; submission: number }) {
  if (!errors.summary.length) return null;
  return <ErrorSummary titleText="There is a problem" errorList={errors.summary} focusKey={submission} />;
}
