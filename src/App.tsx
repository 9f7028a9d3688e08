import { EnvironmentBar } from './components/EnvironmentBar';
import { Heartbeat } from './components/Heartbeat';
import { IoLabPage } from './components/io/IoLabPage';
import { LivePanel } from './components/LivePanel';
import { Messages } from './components/Messages';
import { Nav } from './components/Nav';
import { PythonPanel } from './components/PythonPanel';
import { ResultsSection } from './components/ResultsSection';
import { RunControls } from './components/RunControls';
import { ScalingSweep } from './components/ScalingSweep';
import { SetupForm } from './components/SetupForm';
import { StrategyPicker } from './components/StrategyPicker';
import { SharedSection } from './components/share/SharedSection';
import { useT } from './i18n/react';
import { useApp } from './store/store';
import { LearnPage } from './tutorial/LearnPage';

/** The CPU playground: setup on the left, running and results on the right. */
export function PlaygroundPage() {
  return (
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
  );
}

/** The shell: header, navigation, and the page the fragment asks for. */
export function App() {
  const t = useT();
  const route = useApp((s) => s.route);
  return (
    <>
      <header className="header">
        <h1>{t('app.title')}</h1>
        <p>{t('app.tagline')}</p>
        <Nav />
        <EnvironmentBar />
      </header>
      {route.page === 'io' ? (
        <IoLabPage />
      ) : route.page === 'learn' ? (
        <LearnPage chapter={route.chapter} />
      ) : route.page === 'shared' ? (
        <>
          <div className="shared-wrap">
            <SharedSection payload={route.payload} />
          </div>
          <PlaygroundPage />
        </>
      ) : (
        <PlaygroundPage />
      )}
    </>
  );
}
