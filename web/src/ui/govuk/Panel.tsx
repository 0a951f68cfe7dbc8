import type { ReactNode } from 'react';
import { ActionItem, type Action } from './actions';
import { cx, inner, type Attributes, type Common } from './common';
import { domAttributes } from './props';

export interface PanelActions {
  items?: Action[];
  classes?: string;
  attributes?: Attributes;
}

export interface PanelProps extends Common {
  titleText?: ReactNode;
  titleHtml?: string;
  text?: ReactNode;
  children?: ReactNode;
  /** 1 unless given. */
  headingLevel?: number;
  /** Buttons and links of an interruption panel (one with the class `govuk-panel--interruption`). */
  actions?: PanelActions;
}

/**
 * GOV.UK panel: a confirmation panel (the end of a transaction, with its reference), or with the
 * class `govuk-panel--interruption` an interruption panel that stops the user to check something,
 * with actions (inverse buttons, or links).
 */
export function Panel({ titleText, titleHtml, text, html, children, headingLevel, actions, classes, attributes }: PanelProps) {
  const interruption = Boolean(classes?.split(' ').includes('govuk-panel--interruption'));
  const Heading = `h${headingLevel || 1}` as 'h1';
  const hasBody = children !== undefined || Boolean(html) || Boolean(text);
  const items = actions?.items ?? [];
  return (
    <div className={cx('govuk-panel', !interruption && 'govuk-panel--confirmation', classes)} {...domAttributes(attributes)}>
      <Heading className="govuk-panel__title" {...inner(titleHtml, titleText)} />
      {hasBody && <div className="govuk-panel__body" {...inner(children === undefined ? html || undefined : undefined, children ?? text)} />}
      {interruption && actions && (
        <div className={cx('govuk-panel__actions', actions.classes)} {...domAttributes(actions.attributes)}>
          {items.length > 0 && (
            <div className="govuk-button-group">
              {items.map((action, i) => (
                <ActionItem key={i} action={action} buttonType="button" buttonClasses="govuk-button--inverse" linkClasses="govuk-link--inverse" />
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
