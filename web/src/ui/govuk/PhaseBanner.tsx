import type { ReactNode } from 'react';
import { cx, inner, type Common } from './common';
import { domAttributes } from './props';
import { Tag, type TagProps } from './Tag';

export interface PhaseBannerProps extends Common {
  /** The phase ("Alpha", "Beta"). */
  tag?: Pick<TagProps, 'text' | 'html' | 'classes'>;
  text?: ReactNode;
  children?: ReactNode;
}

/** GOV.UK phase banner: the service's phase and a line about it (usually a link for feedback). */
export function PhaseBanner({ tag, text, html, children, classes, attributes }: PhaseBannerProps) {
  return (
    <div className={cx('govuk-phase-banner govuk-width-container', classes)} {...domAttributes(attributes)}>
      <p className="govuk-phase-banner__content">
        <Tag text={tag?.text} html={tag?.html} classes={cx('govuk-phase-banner__content__tag', tag?.classes)} />
        <span className="govuk-phase-banner__text" {...inner(children === undefined ? html : undefined, children ?? text)} />
      </p>
    </div>
  );
}
