import { describeFixtures } from './fixtures';
import { Pagination, type PaginationProps } from './Pagination';

describeFixtures('pagination', (options) => <Pagination {...(options as PaginationProps)} />);
