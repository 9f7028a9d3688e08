import { useT } from '../../i18n/react';
import { Messages } from '../Messages';
import { IoCodePanel } from './IoCodePanel';
import { OverloadExperiment, YieldExperiment } from './IoExperiments';
import { IoLivePanel } from './IoLivePanel';
import { IoResultsSection } from './IoResultsSection';
import { IoRunControls } from './IoRunControls';
import { IoSetupForm } from './IoSetupForm';
import { IoStrategyPicker } from './IoStrategyPicker';
import './io.css';

/**
 * The I/O lab (issue 4): requests to a simulated server in its own worker, the strategies that
 * overlap the waiting, and the book's mixed CPU + I/O experiment. Setup on the left, running and
 * results on the right, like the playground.
 */
export function IoLabPage() {
  const t = useT();
  return (
    <main className="io-lab" aria-labelledby="io-title">
      <div className="io-lab__intro">
        <h2 id="io-title">{t('io.title')}</h2>
        <p>{t('io.intro')}</p>
      </div>
      <div className="layout">
        <div className="layout__setup">
          <IoSetupForm />
          <IoStrategyPicker />
        </div>
        <div className="layout__run">
          <IoRunControls />
          <Messages />
          <IoLivePanel />
          <IoResultsSection />
          <YieldExperiment />
          <OverloadExperiment />
          <IoCodePanel />
        </div>
      </div>
    </main>
  );
}
