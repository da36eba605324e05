/**
 * Drives the routing machine from the citizen UI and keeps the browser history in step with it:
 * every answer is a history entry whose `history.state` holds the flow (never the URL), so the
 * browser's Back and Forward, the Back link, Change and a reload all land on the right step.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { transition } from 'xstate';
import { routingMachine } from '../../machines/routingMachine';
import type { Answers, Question } from '../../machines/rules';
import {
  HISTORY_KEY,
  freshFlow,
  readHistoryState,
  replay,
  shareFragment,
  stepsFromFragment,
  type FlowState,
} from './flowState';

export type FlowNotice = 'sharedLinkInvalid' | null;

const urlWithoutFragment = (): string => window.location.pathname + window.location.search;

function writeHistory(state: FlowState, mode: 'push' | 'replace'): void {
  const data = { ...(window.history.state as object | null), [HISTORY_KEY]: state };
  if (mode === 'push') window.history.pushState(data, '', urlWithoutFragment());
  else window.history.replaceState(data, '', urlWithoutFragment());
}

function initialFlow(presets: Answers): { state: FlowState; notice: FlowNotice } {
  const now = Date.now();
  // Prerendering at build time: the start screen, with no history to read.
  if (typeof window === 'undefined') return { state: freshFlow(now), notice: null };
  const shared = stepsFromFragment(window.location.hash, now, presets);
  if (shared) {
    const state: FlowState = {
      ...freshFlow(now),
      steps: shared.steps,
      remembered: Object.fromEntries(shared.steps.map((s) => [s.question, s.value])),
    };
    return { state, notice: shared.complete ? null : 'sharedLinkInvalid' };
  }
  const restored = readHistoryState(window.history.state);
  // A reload asks about the present moment, with the answers kept.
  if (restored) return { state: { ...restored, at: now }, notice: null };
  return { state: freshFlow(now), notice: null };
}

export function useFlow(presets: Answers) {
  const [initial] = useState(() => initialFlow(presets));
  const [state, setState] = useState<FlowState>(initial.state);
  const [notice, setNotice] = useState<FlowNotice>(initial.notice);

  useEffect(() => {
    // Record the first step, and drop a share link's answers from the address bar.
    writeHistory(initial.state, 'replace');
  }, [initial]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const restored = readHistoryState(event.state);
      setNotice(null);
      // An older entry knows fewer answers: keep the newer ones for pre-selection.
      setState((current) =>
        restored
          ? { ...restored, remembered: { ...restored.remembered, ...current.remembered } }
          : freshFlow(Date.now()),
      );
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  const { snapshot, steps } = useMemo(
    () => replay(state.at, presets, state.steps),
    [state.at, state.steps, presets],
  );

  const go = useCallback((next: FlowState) => {
    writeHistory(next, 'push');
    setNotice(null);
    setState(next);
  }, []);

  const answer = useCallback(
    (question: Question, value: string) => {
      go({
        at: Date.now(),
        steps: [...steps, { question, value }],
        remembered: { ...state.remembered, [question]: value },
        depth: state.depth + 1,
      });
    },
    [go, state, steps],
  );

  const back = useCallback(() => {
    if (state.depth > 0) {
      window.history.back();
      return;
    }
    // Opened on this step (a reload or a shared link): step back with the machine instead.
    const taken =
      snapshot.status === 'done'
        ? steps.length - 1
        : transition(routingMachine, snapshot, { type: 'back' })[0].context.path.length;
    const next = { ...state, steps: steps.slice(0, Math.max(0, taken)) };
    writeHistory(next, 'replace');
    setState(next);
  }, [snapshot, state, steps]);

  const change = useCallback(
    (question: Question) => {
      const index = steps.findIndex((s) => s.question === question);
      if (index < 0) return;
      go({ ...state, at: Date.now(), steps: steps.slice(0, index), depth: state.depth + 1 });
    },
    [go, state, steps],
  );

  const startAgain = useCallback(() => {
    go(freshFlow(Date.now(), state.depth + 1));
  }, [go, state.depth]);

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

export type Flow = ReturnType<typeof useFlow>;
