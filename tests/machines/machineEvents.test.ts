/**
 * The machine's handling of events, one by one (machines/routingMachine.ts): what it records,
 * what it ignores, "I'm not sure" and presets. Expectations by hand from RULES.md §1/§3. Back is
 * the step list's (tests/src/flowBack.test.ts).
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  currentQuestion,
  describeSnapshot,
  routingMachine,
  type RoutingEvent,
} from '../../machines/routingMachine';
import { answerEvent } from './answerEvent';
import { routeJsonOf } from '../../machines/routeJson';

const AT = Date.UTC(2023, 3, 11, 7, 0); // Tue 11.4.2023 10:00 Helsinki, office hours

function run(events: RoutingEvent[], answers?: Record<string, unknown>) {
  const actor = createActor(routingMachine, { input: { at: AT, ...(answers ? { answers } : {}) } });
  actor.start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

const a = answerEvent;

describe('answers', () => {
  it('records an answer to the question on screen and moves on', () => {
    const s = run([a('situation', 'crisis')]);
    expect(s.value).toBe('urgency');
    expect(s.context).toEqual({
      at: AT,
      answers: { situation: 'crisis' },
      preset: [],
      path: ['situation'],
      unsure: [],
    });
  });

  it('ignores an unknown answer', () => {
    const s = run([a('situation', 'crisis'), a('urgency', 'soon')]);
    expect(s.value).toBe('urgency');
    expect(s.context.answers).toEqual({ situation: 'crisis' });
    expect(s.context.path).toEqual(['situation']);
  });

  it('ignores a new situation given while another question is on screen', () => {
    const s = run([a('situation', 'crisis'), a('situation', 'money')]);
    expect(s.value).toBe('urgency');
    expect(s.context.answers).toEqual({ situation: 'crisis' });
    expect(s.context.preset).toEqual([]);
  });

  it('ignores an answer to a question that is not on screen', () => {
    // Urgency is asked before who is affected (issue 12).
    const s = run([
      a('situation', 'domestic-violence'),
      a('urgency', 'cannot-wait'),
      a('urgency', 'can-wait'),
      a('municipality', 'forssa'),
    ]);
    expect(s.value).toBe('affected');
    expect(s.context.answers).toEqual({ situation: 'domestic-violence', urgency: 'cannot-wait' });
    expect(s.context.preset).toEqual([]);
  });

  it('never asks a question answered in the input', () => {
    const s = run([a('situation', 'crisis')], { municipality: 'loppi' });
    expect(s.context.preset).toEqual(['municipality']);
    expect(s.context.answers).toEqual({ municipality: 'loppi', situation: 'crisis' });
    expect(s.value).toBe('urgency');
    const done = run([a('situation', 'crisis'), a('urgency', 'cannot-wait')], {
      municipality: 'forssa',
    });
    expect(done.status).toBe('done');
    expect(done.context.path).toEqual(['situation', 'urgency']);
  });

  it('takes an answer in the input only as an allowed id, and not "I\'m not sure"', () => {
    const s = run([], { urgency: 'not-sure', municipality: 'espoo', affected: 'later' });
    expect(s.context.answers).toEqual({});
    expect(s.context.preset).toEqual([]);
  });

  it('asks the situation even when the input gives one', () => {
    const s = run([], { situation: 'crisis', urgency: 'can-wait' });
    expect(s.value).toBe('situation');
    expect(s.context.answers).toEqual({ urgency: 'can-wait' });
  });
});

describe('"I\'m not sure"', () => {
  it('is the safer answer for urgency: cannot wait', () => {
    const s = run([a('situation', 'crisis'), a('urgency', 'not-sure')]);
    expect(s.value).toBe('municipality');
    expect(s.context.answers).toEqual({ situation: 'crisis', urgency: 'cannot-wait' });
    expect(s.context.unsure).toEqual(['urgency']);
  });

  it('for the municipality means somewhere in the region, none named', () => {
    const s = run([
      a('situation', 'elderly-at-home'),
      a('urgency', 'cannot-wait'),
      a('municipality', 'not-sure'),
    ]);
    expect(s.status).toBe('done');
    expect(s.context.answers).toEqual({ situation: 'elderly-at-home', urgency: 'cannot-wait' });
    expect(s.context.unsure).toEqual(['municipality']);
    expect(s.output).toMatchObject({ contact: 'own-municipality', rule: 'municipal-office-hours' });
  });

  it('is not an answer to the situation or to who is affected', () => {
    expect(run([a('situation', 'not-sure')]).value).toBe('situation');
    const s = run([
      a('situation', 'other-urgent'),
      a('urgency', 'cannot-wait'),
      a('affected', 'not-sure'),
    ]);
    expect(s.value).toBe('affected');
    expect(s.context.unsure).toEqual([]);
  });
});

describe('presets', () => {
  it('skip their questions; invalid ones are ignored', () => {
    const s = run([a('situation', 'other-urgent'), a('affected', 'adult')], {
      urgency: 'cannot-wait',
      municipality: 'nowhere',
    });
    expect(s.value).toBe('municipality');
    expect(s.context.preset).toEqual(['urgency']);
  });

  it('keep their order of the questions', () => {
    const s = run([], { municipality: 'forssa', affected: 'adult', urgency: 'can-wait' });
    expect(s.context.preset).toEqual(['affected', 'urgency', 'municipality']);
  });
});

describe('the outcome', () => {
  it('is a final state named by its rule, with the outcome as output, and no question', () => {
    const s = run([
      a('situation', 'crisis'),
      a('urgency', 'cannot-wait'),
      a('municipality', 'forssa'),
    ]);
    expect(s.status).toBe('done');
    expect(s.value).toBe('crisis');
    expect(currentQuestion(s)).toBeNull();
    expect(s.output && routeJsonOf(s.output)).toEqual({
      contact: 'social-crisis-duty',
      rule: 'crisis',
      availableNow: true,
      nextOpening: null,
      phone: '03 621 7100',
    });
  });

  it('money and custody ask nothing more; danger asks no municipality', () => {
    expect(run([a('situation', 'money')]).output).toMatchObject({ contact: 'kela' });
    const custody = run([a('situation', 'custody-visitation')]).output;
    expect(custody && routeJsonOf(custody)).toMatchObject({
      contact: 'district-court',
      availableNow: true,
      nextOpening: '2023-04-11T10:00:00+03:00',
    });
    expect(run([a('situation', 'disability'), a('urgency', 'danger-now')]).output).toMatchObject({
      contact: 'emergency-112',
    });
  });

  it('asks who is affected only for violence and other urgent matters, after urgency', () => {
    const urgent = a('urgency', 'cannot-wait');
    expect(run([a('situation', 'domestic-violence')]).value).toBe('urgency');
    expect(run([a('situation', 'domestic-violence'), urgent]).value).toBe('affected');
    expect(run([a('situation', 'other-urgent'), urgent]).value).toBe('affected');
    // Danger now is 112 whoever is affected (rule 1): not asked.
    expect(run([a('situation', 'other-urgent'), a('urgency', 'danger-now')]).status).toBe('done');
    expect(run([a('situation', 'child-protection'), urgent]).value).toBe('municipality');
    expect(run([a('situation', 'child-protection')]).value).toBe('urgency');
    expect(run([a('situation', 'authority-consultation')]).value).toBe('urgency');
  });
});

describe('the outcome of a snapshot', () => {
  it('is null while the machine still asks', () => {
    expect(describeSnapshot(run([a('situation', 'crisis')]))).toBeNull();
  });

  it('is the rule reached, with its contact (money: Kela, RULES.md §3 rule 2)', () => {
    const outcome = describeSnapshot(run([a('situation', 'money')]));
    expect(outcome).toMatchObject({ rule: 'money', ruleNumber: 2, contact: 'kela', line: null });
  });

  it('counts an answer given ahead as input (money with danger now: 112, rule 1)', () => {
    const outcome = describeSnapshot(run([a('situation', 'money')], { urgency: 'danger-now' }));
    expect(outcome).toMatchObject({ rule: 'danger', ruleNumber: 1, contact: 'emergency-112' });
  });
});
