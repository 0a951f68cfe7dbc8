import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import { Button } from './Button';
import { useEnhanced } from './client';
import { cx } from './common';
import { slot } from './field';
import { Input, type InputProps } from './Input';

/** The password input's words, to translate them. */
export interface PasswordTexts {
  showPasswordText?: string;
  hidePasswordText?: string;
  showPasswordAriaLabelText?: string;
  hidePasswordAriaLabelText?: string;
  passwordShownAnnouncementText?: string;
  passwordHiddenAnnouncementText?: string;
}

export interface PasswordInputProps
  extends Omit<InputProps, 'type' | 'prefix' | 'suffix' | 'inputWrapper' | 'spellcheck' | 'autocapitalize' | 'inputmode' | 'pattern'>, PasswordTexts {
  /** `current-password` by default; `new-password` when the user chooses one. */
  autocomplete?: string;
  button?: { classes?: string };
}

const keys: Array<[keyof PasswordTexts, string]> = [
  ['showPasswordText', 'show-password'],
  ['hidePasswordText', 'hide-password'],
  ['showPasswordAriaLabelText', 'show-password-aria-label'],
  ['hidePasswordAriaLabelText', 'hide-password-aria-label'],
  ['passwordShownAnnouncementText', 'password-shown-announcement'],
  ['passwordHiddenAnnouncementText', 'password-hidden-announcement'],
];

/**
 * GOV.UK password input: a password field with a button to show or hide what was typed, and a
 * polite announcement of the change. The button is hidden in the static render (it needs script);
 * the password is hidden again whenever its form is submitted.
 */
export function PasswordInput(props: PasswordInputProps) {
  const { formGroup, button, ref, autocomplete } = props;
  const id = props.id || props.name;
  const enhanced = useEnhanced();
  const [shown, setShown] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement | null>(null);
  const setRef = useCallback(
    (el: HTMLInputElement | null) => {
      input.current = el;
      assign(ref, el);
    },
    [ref],
  );

  const reveal = (next: boolean) => {
    setShown(next);
    setAnnouncement(next ? (props.passwordShownAnnouncementText ?? 'Your password is visible') : (props.passwordHiddenAnnouncementText ?? 'Your password is hidden'));
  };
  // A password must not be left on show once its form is sent.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hide = () => setShown(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  const i18n = Object.fromEntries(keys.flatMap(([option, key]) => (props[option] ? [[`data-i18n.${key}`, props[option]]] : [])));
  const label = shown ? (props.hidePasswordAriaLabelText ?? 'Hide password') : (props.showPasswordAriaLabelText ?? 'Show password');
  const toggle = (
    <>
      {enhanced ? (
        <div className="govuk-password-input__sr-status govuk-visually-hidden" aria-live="polite">
          {announcement}
        </div>
      ) : null}
      <Button
        type="button"
        classes={cx('govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle', button?.classes)}
        text={shown ? (props.hidePasswordText ?? 'Hide') : (props.showPasswordText ?? 'Show')}
        attributes={{ 'aria-controls': id, 'aria-label': label, hidden: enhanced ? undefined : true }}
        onClick={() => reveal(!shown)}
      />
      {slot(formGroup?.afterInput)}
    </>
  );
  return (
    <Input
      {...props}
      ref={setRef}
      formGroup={{
        ...formGroup,
        classes: cx('govuk-password-input', formGroup?.classes),
        attributes: { 'data-module': 'govuk-password-input', ...i18n, ...formGroup?.attributes },
        afterInput: { children: toggle },
      }}
      inputWrapper={{ classes: 'govuk-password-input__wrapper' }}
      classes={cx('govuk-password-input__input govuk-js-password-input-input', props.classes)}
      type={shown ? 'text' : 'password'}
      spellcheck={false}
      autocapitalize="none"
      autocomplete={autocomplete || 'current-password'}
    />
  );
}

function assign<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}
