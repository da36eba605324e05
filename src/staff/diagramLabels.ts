/** Words for the flow diagram's boxes and arrows, shared by the staff view and docs/ROUTING.md. */
import type { TFunction } from 'i18next';
import { RULE_IDS, type RuleId } from '../../machines';
import { type GraphEdge, type GraphNode } from '../../machines/matrix';

export function nodeLabel(node: GraphNode, t: TFunction): string {
  if (node.kind === 'question') return t(`question.${node.id as 'situation'}.title`);
  if (node.kind === 'step') return t(`node.${node.id as 'decide'}`);
  const rule = node.id as RuleId;
  return `${String(RULE_IDS.indexOf(rule) + 1)}. ${t(`ruleTitle.${rule}`)}`;
}

export function edgeLabel(edge: GraphEdge, t: TFunction): string {
  if (edge.event === 'answer') return t('edge.answer');
  if (edge.from === 'decide') {
    const number = RULE_IDS.indexOf(edge.to as RuleId) + 1;
    return `${t('edge.rule', { number })}: ${t(`ruleTitle.${edge.to as RuleId}`)}`;
  }
  return edge.guard ? t('edge.ask') : t('edge.allAnswered');
}
