import { Link } from 'react-router';
import { Flash, ROLE_LABELS, Title } from '@dm/web/ui';
import { RequireAdmin } from '../../components/Layout';
import { tasksFor } from '../../app/tasks';

/** The admin home: the tasks of the signed-in admin's role, grouped, and their account settings. */
export function HomePage() {
  return (
    <RequireAdmin>
      {(viewer) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Title>Admin</Title>
            <Flash />
            <span className="govuk-caption-l">{ROLE_LABELS[viewer.role]}</span>
            <h1 className="govuk-heading-l">Admin</h1>
            <div data-testid="admin-tasks">
              {tasksFor(viewer.role).map(({ group, tasks }) => (
                <section key={group} aria-labelledby={`group-${group}`}>
                  <h2 className="govuk-heading-m" id={`group-${group}`}>
                    {group}
                  </h2>
                  <ul className="govuk-list">
                    {tasks.map((t) => (
                      <li key={t.id}>
                        <Link className="govuk-link" to={t.path}>
                          {t.title}
                        </Link>
                        {t.Count ? <t.Count /> : null}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </div>
          <div className="govuk-grid-column-one-third">
            <h2 className="govuk-heading-m">Account settings</h2>
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" to="/account/change-password">
                  Change your password
                </Link>
              </li>
            </ul>
          </div>
        </div>
      )}
    </RequireAdmin>
  );
}
