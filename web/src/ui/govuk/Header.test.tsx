import { describeFixtures } from './fixtures';
import { Header, type HeaderProps } from './Header';

describeFixtures('header', (options) => <Header {...(options as HeaderProps)} />);
