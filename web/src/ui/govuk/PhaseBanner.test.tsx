import { describeFixtures } from './fixtures';
import { PhaseBanner, type PhaseBannerProps } from './PhaseBanner';

describeFixtures('phase-banner', (options) => <PhaseBanner {...(options as PhaseBannerProps)} />);
