import { Breadcrumbs, type BreadcrumbsProps } from './Breadcrumbs';
import { describeFixtures } from './fixtures';

describeFixtures('breadcrumbs', (options) => <Breadcrumbs {...(options as unknown as BreadcrumbsProps)} />);
