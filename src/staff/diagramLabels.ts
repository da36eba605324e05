/** Words for the flow diagram's boxes and arrows, shared by the staff view and docs/ROUTING.md. */
import type { TFunction } from 'i18next';
import { RULE_IDS } from '../../machines';
import { isRuleId, type GraphEdge, type GraphNode } from '../../machines/matrix';

export function nodeLabel(node: GraphNode, t: TFunction): string {
  if (node.kind === 'question') return t(`question.${node.id}.title`);
  if (node.kind === 'step') return t(`node.${node.id}`);
  return `${String(RULE_IDS.indexOf(node.id) + 1)}. ${t(`ruleTitle.${node.id}`)}`;
}

export function edgeLabel(edge: GraphEdge, t: TFunction): string {
  if (edge.event === 'answer') return t('edge.answer');
  if (edge.from === 'decide' && isRuleId(edge.to)) {
    const number = RULE_IDS.indexOf(edge.to) + 1;
    return `${t('edge.rule', { number })}: ${t(`ruleTitle.${edge.to}`)}`;
  }
  return edge.guard ? t('edge.ask') : t('edge.allAnswered');
}
