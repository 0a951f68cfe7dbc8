import { Tag } from './Tag';
import { describeFixtures } from './fixtures';

describeFixtures('tag', (options) => <Tag {...options} />);
