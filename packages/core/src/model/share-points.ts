import type { Finding } from './finding.js';
import type { QuestionDraft } from './read-question.js';
import type { GroupDraft } from './read-review.js';
import { slug } from './slug.js';
import type { Criterion, Question, QuestionGroup, Rubric } from './types.js';

// `Reflection …`, or the word in a language coursepack has labels for (`Reflexion`, `Réflexion`, `Riflessione`).
const REFLECTION = /^(?:reflect|reflex|réflex|riflession)/i;

/**
 * Tie rubric criteria to the groups (or the reflection prompts) they score, and give each question
 * its points: the author's, else the criterion's maximum shared equally in its group, else 1.
 */
export function sharePoints(groups: GroupDraft[], rubric: Rubric | null, moduleId: string, findings: Finding[]): QuestionGroup[] {
  const byGroup = new Map<string, Criterion>();
  if (rubric) {
    const groupOf = criterionGroups(rubric.criteria, groups);
    for (const criterion of rubric.criteria) {
      const group = groupOf.get(criterion);
      if (group) {
        criterion.scores = { kind: 'group', group: group.title };
        byGroup.set(group.id, criterion);
      } else if (REFLECTION.test(criterion.label)) {
        criterion.scores = { kind: 'reflection' };
      } else {
        findings.push({ code: 'rubric-criterion-unmatched', message: `Rubric row "${criterion.label}" matches no checkpoint group; name it after a group (${groups.map((g) => g.title).join(', ') || 'none'}) or the reflection`, place: criterion.place, module: moduleId });
      }
    }
  }
  return groups.map((group) => {
    const criterion = byGroup.get(group.id);
    if (rubric && !criterion && group.questions.length > 0) {
      findings.push({ code: 'checkpoint-group-unscored', message: `Checkpoint group "${group.title}" has no row in the self-evaluation rubric`, place: group.place, module: moduleId });
    }
    // Questions with pinned points keep them; the rest of the criterion's maximum is shared equally.
    const pinned = group.questions.filter((q) => q.pinnedPoints !== null);
    const open = group.questions.length - pinned.length;
    const left = criterion?.max != null ? criterion.max - pinned.reduce((sum, q) => sum + (q.pinnedPoints ?? 0), 0) : null;
    const share = left !== null && open > 0 ? Math.max(0, left) / open : null;
    return { id: group.id, title: group.title, anchor: group.anchor, place: group.place, questions: group.questions.map((q) => finish(q, share, criterion?.label ?? null)) };
  });
}

/**
 * The group each criterion scores: the one of the same title (`Applied`); else, of the groups and
 * criteria left, the only one whose title begins with the other's as whole words (`Conceptual`
 * and `Conceptual questions`).
 */
function criterionGroups(criteria: readonly Criterion[], groups: readonly GroupDraft[]): Map<Criterion, GroupDraft> {
  const found = new Map<Criterion, GroupDraft>();
  const taken = new Set<GroupDraft>();
  for (const criterion of criteria) {
    const group = groups.find((g) => !taken.has(g) && slug(g.title) === slug(criterion.label));
    if (group) {
      found.set(criterion, group);
      taken.add(group);
    }
  }
  const begins = (a: string, b: string): boolean => a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
  const left = criteria.filter((c) => !found.has(c));
  for (const criterion of left) {
    const label = slug(criterion.label);
    const candidates = groups.filter((g) => !taken.has(g) && begins(slug(g.title), label));
    // Only when no other criterion left could claim the same group: `Applied` and `Applied lab`
    // rows beside an `Applied questions` group stay unmatched rather than guessed.
    const [group] = candidates;
    if (candidates.length !== 1 || !group || left.some((c) => c !== criterion && begins(slug(group.title), slug(c.label)))) continue;
    found.set(criterion, group);
    taken.add(group);
  }
  return found;
}

/** Give a question its points and drop the draft-only fields. */
export function finish(draft: QuestionDraft, share: number | null, criterion: string | null): Question {
  const { pinnedPoints, ...question } = draft;
  if (pinnedPoints !== null) return { ...question, points: pinnedPoints, pointsSource: 'author', criterion };
  if (share !== null) return { ...question, points: share, pointsSource: 'rubric', criterion };
  return { ...question, points: 1, pointsSource: 'default', criterion };
}
