import { describe, expect, it } from 'vitest';
import { contentHtml, plainText, questionText } from './content';
import { fillTemplate } from './template';

describe('the content’s templates', () => {
  const brief = { lotSlug: 'digital-specialists', budgetRange: '£500 a day', startDate: '2024-06-03', essentialRequirements: ['Agile', 'Accessibility'] };

  it('fill values, choose branches and repeat over lists as the content asks', () => {
    expect(fillTemplate('Evidence of {{ item }}', { item: 'Agile' })).toBe('Evidence of Agile');
    expect(
      fillTemplate('{% if brief.lotSlug == "digital-outcomes" %}the team{% elif brief.lotSlug == "digital-specialists" %}the specialist{% else %}you{% endif %}', { brief }),
    ).toBe('the specialist');
    expect(fillTemplate('{% if "budgetRange" in brief %}Max: {{ brief.budgetRange }}{% endif %}', { brief })).toBe('Max: £500 a day');
    expect(fillTemplate('{% if "budgetRange" in brief %}Max{% endif %}', { brief: {} })).toBe('');
    expect(fillTemplate('<ul>{% for r in brief.essentialRequirements %}<li>{{ r }}</li>{% endfor %}</ul>', { brief })).toBe('<ul><li>Agile</li><li>Accessibility</li></ul>');
    expect(fillTemplate('needs {%- if brief.lotSlug == "digital-specialists" %} them: {{ brief.startDate|datetodatetimeformat }} {%- endif %}\n', { brief })).toBe(
      'needs them: 3 June 2024\n',
    );
    expect(fillTemplate('Your rate: £{{ max_day_rate }}', {})).toBe('Your rate: £');
  });
});

describe('the content as HTML', () => {
  it('makes paragraphs, bullet lists, bold headings and links of the content’s Markdown', () => {
    expect(contentHtml('One.\n\nTwo\nlines.\n\n- a\n- b\n\n## Heading\n\nRead [the guide](https://www.gov.uk/x).')).toBe(
      [
        '<p class="govuk-body">One.</p>',
        '<p class="govuk-body">Two lines.</p>',
        '<ul class="govuk-list govuk-list--bullet"><li>a</li><li>b</li></ul>',
        '<p class="govuk-body govuk-!-font-weight-bold">Heading</p>',
        '<p class="govuk-body">Read <a class="govuk-link" href="https://www.gov.uk/x">the guide</a>.</p>',
      ].join('\n'),
    );
  });

  it('drops Markdown’s backslash escapes', () => {
    expect(contentHtml('##1\\. View suppliers who applied\n\nA \\*star\\* and C:\\\\path')).toBe(
      ['<p class="govuk-body govuk-!-font-weight-bold">1. View suppliers who applied</p>', '<p class="govuk-body">A *star* and C:\\path</p>'].join('\n'),
    );
  });

  it('numbers references to other questions', () => {
    expect(
      contentHtml('Questions [[a]] to [[b]]', {
        numbers: new Map([
          ['a', 17],
          ['b', 29],
        ]),
      }),
    ).toBe('<p class="govuk-body">Questions 17 to 29</p>');
  });

  it('splits a question into the label’s text and what follows it, HTML or Markdown', () => {
    expect(questionText('Do these services have:\n\n  - self-service\n  - network access\n')).toEqual({
      title: 'Do these services have:',
      body: '<ul class="govuk-list govuk-list--bullet"><li>self-service</li><li>network access</li></ul>',
    });
    expect(questionText('<p class="govuk-body">Upload a copy.</p>\n<p class="govuk-body">It should be a PDF.</p>')).toEqual({
      title: 'Upload a copy.',
      body: '<p class="govuk-body">It should be a PDF.</p>',
    });
  });

  it('reads as plain text for titles and summaries', () => {
    expect(plainText('What it means to be on G-Cloud&nbsp;13')).toBe('What it means to be on G-Cloud 13');
  });
});
