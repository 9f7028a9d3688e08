import { EnvironmentBar } from './components/EnvironmentBar';
import { Heartbeat } from './components/Heartbeat';
import { LivePanel } from './components/LivePanel';
import { Messages } from './components/Messages';
import { PythonPanel } from './components/PythonPanel';
import { ResultsSection } from './components/ResultsSection';
import { RunControls } from './components/RunControls';
import { ScalingSweep } from './components/ScalingSweep';
import { SetupForm } from './components/SetupForm';
import { StrategyPicker } from './components/StrategyPicker';

/** The layout shell: setup on the left, running and results on the right. */
export function App() {
  return (
    <>
      <header className="header">
        <h1>Concurrency Playground</h1>
        <p>Run a workload on the real cores of this machine, one strategy at a time or all side by side.</p>
        <EnvironmentBar />
      </header>
      <main className="layout">
        <div className="layout__setup">
          <SetupForm />
          <StrategyPicker />
        </div>
        <div className="layout__run">
          <RunControls />
          <Heartbeat />
          <Messages />
          <LivePanel />
          <ResultsSection />
          <ScalingSweep />
          <PythonPanel />
        </div>
      </main>
    </>
  );
}
