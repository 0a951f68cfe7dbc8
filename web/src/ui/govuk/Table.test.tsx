import { describeFixtures } from './fixtures';
import { Table, type TableProps } from './Table';

describeFixtures('table', (options) => <Table {...(options as unknown as TableProps)} />);
