import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TradingStatus } from '../../../gql/graphql';
import { flash } from '../../../ui/app/flash';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { Radios } from '../../../ui/govuk/Radios';
import { TRADING_STATUSES, useUpdateSupplier } from '../supplier';
import { EditForm, SupplierOnly, type CompanyDetails, type OwnSupplier } from '../SupplierOnly';

const TITLE = 'What is your trading status?';

function Form({ supplier, details }: { supplier: OwnSupplier; details: CompanyDetails }) {
  const update = useUpdateSupplier(['tradingStatus']);
  const navigate = useNavigate();
  const [status, setStatus] = useState<string>(details.tradingStatus ?? '');

  const submit = async () => {
    const errors: FieldErrors = status ? {} : { tradingStatus: 'Select your trading status' };
    if (await update.submit({ id: supplier.id, input: { tradingStatus: status as TradingStatus } }, errors))
      await navigate('/suppliers/details', flash('Your trading status has been saved'));
  };

  return (
    <EditForm title={TITLE} form={update} onSubmit={submit} heading={false}>
      <Radios
        name="tradingStatus"
        fieldset={{ legend: { text: TITLE, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
        value={status}
        onChange={setStatus}
        errorMessage={inlineError(update.errors, 'tradingStatus')}
        items={TRADING_STATUSES.map(([value, text]) => ({ value, text }))}
      />
    </EditForm>
  );
}

/** S3: the company's legal form. */
export function TradingStatusPage() {
  return <SupplierOnly>{(supplier, details) => <Form supplier={supplier} details={details} />}</SupplierOnly>;
}
