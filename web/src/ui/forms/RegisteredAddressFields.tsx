import { Input } from '../govuk/Input';
import { Select, type SelectItem } from '../govuk/Select';
import { inlineError, type FormErrors } from './formErrors';

/** A company's registered office: the address lines and the country it is registered in. */
export interface RegisteredAddress {
  address1: string;
  city: string;
  postcode: string;
  country: string;
}

/**
 * The registered address fields, shared by the supplier's own page (S3) and the data controller's
 * correction (AD9). Errors come under the API's field names (`registeredAddress.city`, …,
 * `registrationCountry`). Autocomplete is for someone typing their own address, not an admin's.
 */
export function RegisteredAddressFields({
  value,
  onChange,
  errors,
  countryItems,
  ownAddress,
}: {
  value: RegisteredAddress;
  onChange: (next: RegisteredAddress) => void;
  errors: FormErrors;
  countryItems: readonly SelectItem[];
  ownAddress: boolean;
}) {
  const set = (field: keyof RegisteredAddress) => (event: { target: { value: string } }) => onChange({ ...value, [field]: event.target.value });
  return (
    <>
      <Input
        id="registeredAddress-address1"
        name="address1"
        label={{ text: 'Building and street' }}
        autocomplete={ownAddress ? 'street-address' : 'off'}
        value={value.address1}
        onChange={set('address1')}
        errorMessage={inlineError(errors, 'registeredAddress.address1')}
      />
      <Input
        id="registeredAddress-city"
        name="city"
        label={{ text: 'Town or city' }}
        autocomplete={ownAddress ? 'address-level2' : 'off'}
        classes="govuk-!-width-two-thirds"
        value={value.city}
        onChange={set('city')}
        errorMessage={inlineError(errors, 'registeredAddress.city')}
      />
      <Input
        id="registeredAddress-postcode"
        name="postcode"
        label={{ text: 'Postcode' }}
        autocomplete={ownAddress ? 'postal-code' : 'off'}
        width={10}
        value={value.postcode}
        onChange={set('postcode')}
        errorMessage={inlineError(errors, 'registeredAddress.postcode')}
      />
      <Select
        id="registrationCountry"
        name="registrationCountry"
        label={{ text: 'Country' }}
        items={countryItems}
        value={value.country}
        onChange={set('country')}
        errorMessage={inlineError(errors, 'registrationCountry')}
      />
    </>
  );
}
