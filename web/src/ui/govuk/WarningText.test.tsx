import { describeFixtures } from './fixtures';
import { WarningText, type WarningTextProps } from './WarningText';

describeFixtures('warning-text', (options) => <WarningText {...(options as WarningTextProps)} />);
