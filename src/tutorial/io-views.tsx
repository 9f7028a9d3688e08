import { IoComparisonChart } from '../components/io/IoComparisonChart';
import { OverloadExperiment } from '../components/io/IoExperiments';
import { IoLivePanel } from '../components/io/IoLivePanel';
import type { IoOutcome } from './io-types';
import type { Chapter } from './types';

/** The I/O lab's own views on an I/O chapter: requests in flight, and the overload experiment. */
export function IoViews({ ch }: { ch: Chapter }) {
  const overload = ch.plan.kind === 'io' && ch.plan.overload === true;
  return (
    <>
      <IoLivePanel />
      {overload && <OverloadExperiment />}
    </>
  );
}

/** The lab's comparison chart of a finished I/O chapter (median, whiskers, ideal bound). */
export function IoOutcomeChart({ outcome }: { outcome: IoOutcome }) {
  return (
    <section className="panel">
      <IoComparisonChart results={outcome.results} />
    </section>
  );
}
