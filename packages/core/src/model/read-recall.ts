import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceFile } from '../parse/source-file.js';
import type { ModuleContext } from './module-context.js';
import { adoptMisindented } from './adopt-misindented.js';
import { cleanText } from './clean-text.js';
import { placeOf } from './place-of.js';
import type { GroupDraft } from './read-review.js';
import { numberedQuestions } from './numbered-question.js';
import { readQuestion } from './read-question.js';
import { headingAnchors } from './heading-anchors.js';
import { slug, uniqueId } from './slug.js';

/** Read the daily recall: each heading below the title starts a group, its lists are questions. */
export function readRecall(tree: Root, file: SourceFile, ctx: ModuleContext): GroupDraft[] {
  const groups: GroupDraft[] = [];
  let group: GroupDraft | null = null;
  const ids = new Set<string>();
  const anchorOf = headingAnchors(tree);
  // Questions numbered as paragraphs (`**Q1.** …`) rather than as a list.
  const numbered = numberedQuestions((item) => group?.questions.push(readQuestion(item, group.questions.length + 1, group.id, file, ctx, true)));
  let groupDepth = 0;
  for (const node of adoptMisindented(tree.children, file, ctx)) {
    if (numbered.take(node, group !== null ? groupDepth : null)) continue;
    if (node.type === 'heading' && node.depth >= 2) {
      const title = cleanText(toString(node)).trim();
      group = { id: uniqueId(`recall-${slug(title)}`, ids), title, anchor: anchorOf.get(node) ?? '', questions: [], place: placeOf(node, file.path) };
      groupDepth = node.depth;
      groups.push(group);
    } else if (node.type === 'list' && group) {
      for (const item of node.children) group.questions.push(readQuestion(item, group.questions.length + 1, group.id, file, ctx));
    }
  }
  numbered.end();
  return groups.filter((g) => g.questions.length > 0);
}
