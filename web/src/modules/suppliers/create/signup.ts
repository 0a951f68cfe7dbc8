import { useCallback, useState } from 'react';

/** What a person opening a supplier account has told us so far; kept in this tab until the account is created. */
export interface Signup {
  dunsNumber?: string;
  companyName?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  loginEmail?: string;
}

const KEY = 'dm.supplier-signup';

const read = (): Signup => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Signup;
  } catch {
    return {};
  }
};

/** The answers of the account steps, in session storage, so that Back and Change links find them again. */
export function useSignup() {
  const [signup, setSignup] = useState<Signup>(read);
  const save = useCallback((changes: Signup) => {
    const next = { ...read(), ...changes };
    sessionStorage.setItem(KEY, JSON.stringify(next));
    setSignup(next);
  }, []);
  const clear = useCallback(() => sessionStorage.removeItem(KEY), []);
  return { signup, save, clear };
}

/** The step that asks each answer, for Change links and for errors the API finds at the end. */
export const STEP_OF: Record<keyof Signup, string> = {
  dunsNumber: '/suppliers/create/duns-number',
  companyName: '/suppliers/create/company-details',
  contactName: '/suppliers/create/company-details',
  contactEmail: '/suppliers/create/company-details',
  contactPhone: '/suppliers/create/company-details',
  loginEmail: '/suppliers/create/login-email',
};

export { PHONE } from '../supplier';
