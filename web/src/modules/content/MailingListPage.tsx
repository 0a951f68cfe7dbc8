import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { Breadcrumbs } from '../../ui/govuk/Breadcrumbs';
import { Button } from '../../ui/govuk/Button';
import { Input } from '../../ui/govuk/Input';

const JoinMailingListDocument = graphql(`
  mutation JoinMailingList($email: String!) {
    joinMailingList(email: $email) {
      id
      email
    }
  }
`);

/** The success banner on the home page: names the address as it was stored. */
export const joinedMessage = (email: string) => `${email} is signed up for Digital Marketplace email alerts. We have sent a confirmation to that address.`;

/** A12: anyone signs an address up for email alerts about frameworks opening and other supplier news. */
export function MailingListPage() {
  const join = useFormMutation(JoinMailingListDocument, { fieldOrder: ['email'] });
  const navigate = useNavigate();
  const [email, setEmail] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The API checks the address (empty, format, length, already signed up) and says what is wrong.
    const data = await join.submit({ email });
    if (data) await navigate('/', flash(joinedMessage(data.joinMailingList.email)));
  };

  return (
    <>
      <Breadcrumbs items={[{ text: 'Digital Marketplace', href: '/' }, { text: 'Become a supplier', href: '/suppliers/supply' }, { text: 'Email alerts' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title error={join.hasErrors}>Sign up for Digital Marketplace email alerts</Title>
          <FormErrorSummary errors={join.errors} submission={join.submission} />
          <h1 className="govuk-heading-l">Sign up for Digital Marketplace email alerts</h1>
          <p className="govuk-body">Get an email when a framework opens for applications, so you have time to prepare your application, and other news for suppliers.</p>
          <p className="govuk-body">We only use your address to send these alerts. You can ask us to stop at any time.</p>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Input
              id="email"
              name="email"
              type="email"
              label={{ text: 'Email address', classes: 'govuk-label--s' }}
              hint={{ text: 'We will send a confirmation to this address' }}
              autocomplete="email"
              spellcheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              errorMessage={inlineError(join.errors, 'email')}
            />
            <Button type="submit" text="Sign up" disabled={join.loading} />
          </form>
        </div>
      </div>
    </>
  );
}
