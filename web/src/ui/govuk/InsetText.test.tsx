import { describeFixtures } from './fixtures';
import { InsetText, type InsetTextProps } from './InsetText';

describeFixtures('inset-text', (options) => <InsetText {...(options as InsetTextProps)} />);
