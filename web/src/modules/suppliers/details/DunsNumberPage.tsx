import { SupplierOnly } from '../SupplierOnly';
import { CorrectMistake } from './CorrectMistake';

/** S3: a DUNS number is never changed here; the page says what to do about a wrong one. */
export function DunsNumberCorrectionPage() {
  return <SupplierOnly>{(_, details) => <CorrectMistake what="DUNS number" value={details.dunsNumber} />}</SupplierOnly>;
}
