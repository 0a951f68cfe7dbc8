import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../app/flash';
import { Title } from '../app/Title';
import { useSignOut } from '../session/session';

/**
 * `/sign-out` as a real page: typed into the address bar or followed from the header, it ends the
 * session and shows the sign-in page with a confirmation.
 */
export function SignOutPage() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    void signOut.submit({}).then(() => navigate('/sign-in', { replace: true, ...flash('You have signed out') }));
  }, [signOut, navigate]);
  return (
    <>
      <Title>Signing out</Title>
      <p className="govuk-body">Signing you out…</p>
    </>
  );
}
