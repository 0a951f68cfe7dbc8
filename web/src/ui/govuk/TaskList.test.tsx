import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { TaskList, type TaskListProps } from './TaskList';

describeFixtures('task-list', (options) => <TaskList {...(options as unknown as TaskListProps)} />);

describe('TaskList', () => {
  afterEach(cleanup);

  it('describes each task link by its hint and status', () => {
    render(
      <TaskList
        items={[
          { title: { text: 'Company details' }, href: '/details', hint: { text: 'Name and address' }, status: { tag: { text: 'Incomplete', classes: 'govuk-tag--blue' } } },
          { title: { text: 'Declaration' }, status: { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' } },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Company details' }).getAttribute('aria-describedby')).toBe('task-list-1-hint task-list-1-status');
    expect(screen.queryByRole('link', { name: 'Declaration' })).toBeNull();
    expect(document.getElementById('task-list-2-status')?.textContent).toBe('Cannot start yet');
  });
});
