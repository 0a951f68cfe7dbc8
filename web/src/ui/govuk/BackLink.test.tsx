import { BackLink, type BackLinkProps } from './BackLink';
import { describeFixtures } from './fixtures';

describeFixtures('back-link', (options) => <BackLink {...(options as BackLinkProps)} />);
