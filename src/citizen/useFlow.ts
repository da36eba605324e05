/**
 * Drives the routing machine from the citizen UI and keeps the browser history in step with it:
 * every answer is a history entry whose `history.state` holds the flow (never the URL), so the
 * browser's Back and Forward, the Back link, Change and a reload all land on the right step.
 *
 * The guidance is always for the present moment: it is asked again when the contact opens or
 * closes, when the page becomes visible again and when an entry is shown again. After the quick
 * exit, no entry from before it is shown (flowSession.ts).
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import {
  describeSnapshot,
  nextRoutingChange,
  type Answers,
  type GivenAnswer,
  type Question,
} from '../../machines';
import { useEventListener } from '../app/useEventListener';
import { currentSession, LEFT_EVENT } from './flowSession';
import {
  HISTORY_KEY,
  freshFlow,
  hasFlowEntry,
  readHistoryState,
  remember,
  replay,
  resumeSteps,
  shareFragment,
  stepsFromFragment,
  type FlowState,
} from './flowState';

export type FlowNotice = 'sharedLinkInvalid' | 'restoreRefused' | 'momentUpdated' | null;

/** setTimeout takes at most 2^31 − 1 ms; a later change is waited for in steps. */
const MAX_TIMER_MS = 2_147_483_647;

const urlWithoutFragment = (): string => window.location.pathname + window.location.search;

function writeHistory(state: FlowState, mode: 'push' | 'replace'): void {
  const data = { ...(window.history.state as object | null), [HISTORY_KEY]: state };
  if (mode === 'push') window.history.pushState(data, '', urlWithoutFragment());
  else window.history.replaceState(data, '', urlWithoutFragment());
}

/**
 * The flow of a history entry, for now: a valid entry of this session with the moment set to now,
 * else a fresh start (with a notice when the entry was refused rather than merely absent or left).
 */
function flowOfEntry(
  entry: unknown,
  now: number,
): { state: FlowState; notice: FlowNotice; restored: boolean } {
  const session = currentSession();
  const restored = readHistoryState(entry);
  if (restored && restored.session === session) {
    return { state: { ...restored, at: now }, notice: null, restored: true };
  }
  const refused = hasFlowEntry(entry) && restored === null;
  return {
    state: freshFlow(now, session),
    notice: refused ? 'restoreRefused' : null,
    restored: false,
  };
}

function initialFlow(presets: Answers): { state: FlowState; notice: FlowNotice } {
  const now = Date.now();
  // Prerendering at build time: the start screen, with no history to read.
  if (typeof window === 'undefined') return { state: freshFlow(now, ''), notice: null };
  const shared = stepsFromFragment(window.location.hash, now, presets);
  if (shared) {
    const state: FlowState = {
      ...freshFlow(now, currentSession()),
      steps: shared.steps,
      remembered: remember({}, shared.steps),
    };
    return { state, notice: shared.complete ? null : 'sharedLinkInvalid' };
  }
  // A reload asks about the present moment, with the answers kept.
  const { state, notice } = flowOfEntry(window.history.state, now);
  return { state, notice };
}

export function useFlow(presets: Answers) {
  const [initial] = useState(() => initialFlow(presets));
  const [state, setState] = useState<FlowState>(initial.state);
  const [notice, setNotice] = useState<FlowNotice>(initial.notice);

  useEffect(() => {
    // Record the first step, and drop a share link's answers from the address bar.
    writeHistory(initial.state, 'replace');
  }, [initial]);

  /** Shows the current entry again, for now (Back/Forward, the back-forward cache). */
  const showEntry = () => {
    const shown = flowOfEntry(window.history.state, Date.now());
    setNotice(shown.notice);
    // An older entry knows fewer answers: keep the newer ones of the same session for
    // pre-selection. An entry from before the quick exit is wiped, and keeps nothing.
    setState((current) =>
      shown.restored && current.session === shown.state.session
        ? {
            ...shown.state,
            remembered: { ...shown.state.remembered, ...current.remembered },
          }
        : shown.state,
    );
    if (!shown.restored) writeHistory(shown.state, 'replace');
  };
  useEventListener('window', 'popstate', showEntry);
  useEventListener('window', 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) showEntry();
  });
  // The quick exit: forget everything before the page goes.
  useEventListener('window', LEFT_EVENT, () => {
    const fresh = freshFlow(Date.now(), currentSession());
    writeHistory(fresh, 'replace');
    setNotice(null);
    setState(fresh);
  });
  useEventListener('document', 'visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      setState((current) => ({ ...current, at: Date.now() }));
    }
  });

  const { snapshot, steps } = useMemo(
    () => replay(state.at, presets, state.steps),
    [state.at, state.steps, presets],
  );

  // When the answer may change (an office opens or closes, a phase begins), ask again then.
  const done = snapshot.status === 'done';
  useEffect(() => {
    if (!done) return;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, nextRoutingChange(state.at) - Date.now()));
    const timer = window.setTimeout(() => {
      setState((current) => ({ ...current, at: Date.now() }));
    }, wait);
    return () => {
      window.clearTimeout(timer);
    };
  }, [done, state.at]);

  // Say so when the same answers now lead elsewhere, or the contact has opened or closed.
  const outcome = describeSnapshot(snapshot);
  const answered = JSON.stringify(steps);
  const outcomeKey = outcome ? `${outcome.rule}|${outcome.availability.kind}` : null;
  const [shown, setShown] = useState({ answered, outcomeKey });
  if (shown.answered !== answered || shown.outcomeKey !== outcomeKey) {
    if (shown.answered === answered && shown.outcomeKey !== null && outcomeKey !== null) {
      setNotice('momentUpdated');
    }
    setShown({ answered, outcomeKey });
  }

  // The next screen renders in a transition: in slices, not one long task on a slow phone. The
  // press that started it holds every other press until it is on view (usePressGuard.ts).
  const go = useCallback((next: FlowState) => {
    writeHistory(next, 'push');
    startTransition(() => {
      setNotice(null);
      setState(next);
    });
  }, []);

  const answer = useCallback(
    (given: GivenAnswer) => {
      const at = Date.now();
      const answered = [...steps, given];
      const { resume: later, ...rest } = state;
      // After a change, the later answers that still apply are kept: back to the outcome, or on
      // to a question the change made necessary, with the rest still kept for after it.
      const next = later ? resumeSteps(at, presets, answered, later) : answered;
      const stillLater = later?.filter((l) => !next.some((s) => s.question === l.question));
      go({
        ...rest,
        ...(stillLater?.length ? { resume: stillLater } : {}),
        at,
        steps: next,
        remembered: remember(state.remembered, [given]),
        depth: state.depth + 1,
      });
    },
    [go, presets, state, steps],
  );

  const back = useCallback(() => {
    if (state.depth > 0) {
      window.history.back();
      return;
    }
    // Opened on this step (a reload or a shared link): the steps but the last, replayed.
    const next = { ...state, steps: steps.slice(0, -1) };
    writeHistory(next, 'replace');
    setState(next);
  }, [state, steps]);

  const change = useCallback(
    (question: Question) => {
      const index = steps.findIndex((s) => s.question === question);
      if (index < 0) return;
      go({
        ...state,
        at: Date.now(),
        steps: steps.slice(0, index),
        resume: steps.slice(index + 1),
        depth: state.depth + 1,
      });
    },
    [go, state, steps],
  );

  const startAgain = useCallback(() => {
    go(freshFlow(Date.now(), state.session, state.depth + 1));
  }, [go, state.depth, state.session]);

  /** A link to the full app (also from inside a partner's frame) with the answers in its fragment. */
  const shareUrl = useCallback(
    (language: string) => {
      const url = new URL('./', window.location.href);
      if (language !== 'fi') url.searchParams.set('lang', language);
      return url.href + shareFragment(steps);
    },
    [steps],
  );

  return { snapshot, steps, state, notice, answer, back, change, startAgain, shareUrl };
}
