import { ErrorSummary } from '../govuk/ErrorSummary';
import type { FormErrors } from './formErrors';

/** The GOV.UK error summary of a form, taking focus once for each submission that failed. */
export function FormErrorSummary({ errors, submission, description }: { errors: FormErrors; submission: number; description?: string }) {
  if (!errors.summary.length) return null;
  return <ErrorSummary titleText="There is a problem" descriptionText={description} errorList={errors.summary} focusKey={submission} />;
}
