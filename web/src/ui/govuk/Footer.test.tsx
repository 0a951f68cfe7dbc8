import { describeFixtures } from './fixtures';
import { Footer, type FooterProps } from './Footer';

describeFixtures('footer', (options) => <Footer {...(options as FooterProps)} />);
