import { useEffect, useState, type ChangeEvent } from 'react';
import { cx } from './common';
import { useEnhanced } from './client';
import { countMessage, countText, i18nAttributes, type CountTexts, type CountType } from './countMessage';
import { slot } from './field';
import { Textarea, type TextareaProps } from './Textarea';

export interface CharacterCountProps extends TextareaProps, CountTexts {
  /** The most characters allowed (or words, with `countType: 'words'`). */
  maxlength?: number;
  /** The most words allowed, words being runs of non-space (GOV.UK's older option). */
  maxwords?: number;
  countType?: CountType;
  /** Percentage of the limit below which the count stays faint and silent. */
  threshold?: number;
  /** "You can enter up to %{count} characters" by default. */
  textareaDescriptionText?: string;
  countMessage?: { classes?: string };
}

/** How long typing must pause before the count is announced to screen readers. */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * GOV.UK character count: a textarea that tells, as the user types, how many characters or words
 * they have left. The static render is GOV.UK's pre-JavaScript markup (a description of the limit);
 * in the browser React adds the visible count and a polite live region announced after a pause.
 */
export function CharacterCount(props: CharacterCountProps) {
  const { maxlength, maxwords, threshold, textareaDescriptionText, countMessage: countMessageOptions, formGroup, value, onChange, errorMessage } = props;
  const enhanced = useEnhanced();
  const [typed, setTyped] = useState(value ?? '');
  const text = onChange ? (value ?? '') : typed;

  const countType = props.countType ?? (maxwords ? 'words' : undefined);
  const limit = maxwords || maxlength;
  const id = props.id || props.name;
  const description = limit ? (textareaDescriptionText || `You can enter up to %{count} ${countType === 'words' ? 'words' : 'characters'}`).replace('%{count}', String(limit)) : '';

  const count = limit ? countText(text, countType ?? 'length', Boolean(maxwords)) : 0;
  const remaining = (limit ?? 0) - count;
  const message = countMessage(remaining, countType ?? 'length', props);
  const overThreshold = !threshold || ((limit ?? 0) * threshold) / 100 <= count;
  const live = enhanced && Boolean(limit);
  const announced = useAnnounced(message);

  const dataAttributes = {
    'data-module': 'govuk-character-count',
    'data-maxlength': maxlength,
    'data-maxwords': maxwords,
    'data-threshold': threshold,
    'data-count-type': countType,
    ...i18nAttributes(props, !limit && Boolean(textareaDescriptionText)),
    ...formGroup?.attributes,
  };
  const messageClass = cx('govuk-hint govuk-character-count__message', countMessageOptions?.classes);
  const messages = (
    <>
      <div id={`${id}-info`} className={cx(messageClass, live && 'govuk-visually-hidden')}>
        {description}
      </div>
      {live ? (
        <>
          <div
            className={cx(
              'govuk-character-count__message govuk-character-count__status',
              countMessageOptions?.classes,
              remaining < 0 ? 'govuk-error-message' : 'govuk-hint',
              !overThreshold && 'govuk-character-count__message--disabled',
            )}
            aria-hidden="true"
          >
            {message}
          </div>
          <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite" aria-hidden={overThreshold ? undefined : 'true'}>
            {announced}
          </div>
        </>
      ) : null}
      {slot(formGroup?.afterInput)}
    </>
  );
  // The browser-side count replaces the textarea's own maxlength, so that text over the limit can be typed and shown as too long.
  const keptAttributes = Object.fromEntries(Object.entries(props.attributes ?? {}).filter(([name]) => name.toLowerCase() !== 'maxlength'));
  return (
    <Textarea
      {...props}
      describedBy={`${id}-info`}
      formGroup={{ ...formGroup, classes: cx('govuk-character-count', formGroup?.classes), attributes: dataAttributes, afterInput: { children: messages } }}
      classes={cx('govuk-js-character-count', props.classes, live && remaining < 0 && !errorMessage && 'govuk-textarea--error')}
      attributes={live ? keptAttributes : props.attributes}
      value={text}
      onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
        setTyped(event.target.value);
        onChange?.(event);
      }}
    />
  );
}

/** The message as a screen reader should hear it: only once typing has paused. */
function useAnnounced(message: string) {
  const [announced, setAnnounced] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return announced;
}
