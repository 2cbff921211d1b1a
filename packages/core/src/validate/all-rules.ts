import { answerToleranceUnread } from './rules/answer-tolerance-unread.js';
import { answerLabelUnread } from './rules/answer-label-unread.js';
import { checkpointGroupEmpty } from './rules/checkpoint-group-empty.js';
import { checkpointListUngrouped } from './rules/checkpoint-list-ungrouped.js';
import { checkpointGroupUnscored } from './rules/checkpoint-group-unscored.js';
import { choiceNoCorrect } from './rules/choice-no-correct.js';
import { codeFenceUnclosed } from './rules/code-fence-unclosed.js';
import { configInvalid } from './rules/config-invalid.js';
import { courseNoModules } from './rules/course-no-modules.js';
import { encodingInvalidUtf8 } from './rules/encoding-invalid-utf8.js';
import { fileNameUnportable } from './rules/file-name-unportable.js';
import { fileTooLarge } from './rules/file-too-large.js';
import { fileUnreadable } from './rules/file-unreadable.js';
import { gateItemNotCheckbox } from './rules/gate-item-not-checkbox.js';
import { headingLevelSkip } from './rules/heading-level-skip.js';
import { imageMissing } from './rules/image-missing.js';
import { downloadTooLarge } from './rules/download-too-large.js';
import { imageTooLarge } from './rules/image-too-large.js';
import { listItemMisindented } from './rules/list-item-misindented.js';
import { imageTooManyPixels } from './rules/image-too-many-pixels.js';
import { imageUnsupported } from './rules/image-unsupported.js';
import { linkMissingFile } from './rules/link-missing-file.js';
import { linkMissingModule } from './rules/link-missing-module.js';
import { linkNotPackaged } from './rules/link-not-packaged.js';
import { markdownTooDeep } from './rules/markdown-too-deep.js';
import { markdownTooDense } from './rules/markdown-too-dense.js';
import { modelSchema } from './rules/model-schema.js';
import { moduleDuplicateId } from './rules/module-duplicate-id.js';
import { moduleIdNotPortable } from './rules/module-id-not-portable.js';
import { moduleIdReserved } from './rules/module-id-reserved.js';
import { moduleIdTooLong } from './rules/module-id-too-long.js';
import { moduleMissingReview } from './rules/module-missing-review.js';
import { numericAnswersIgnored } from './rules/numeric-answers-ignored.js';
import { pathOutsideRoot } from './rules/path-outside-root.js';
import { pdfFontUnusable } from './rules/pdf-font-unusable.js';
import { questionDuplicateId } from './rules/question-duplicate-id.js';
import { questionEmptyPrompt } from './rules/question-empty-prompt.js';
import { questionDuplicate } from './rules/question-duplicate.js';
import { questionInvalidAttribute } from './rules/question-invalid-attribute.js';
import { questionMissingAnswer } from './rules/question-missing-answer.js';
import { referenceMissingFile } from './rules/reference-missing-file.js';
import { referenceMissingSection } from './rules/reference-missing-section.js';
import { crossReferenceMissingSection } from './rules/cross-reference-missing-section.js';
import { referenceReversedRange } from './rules/reference-reversed-range.js';
import { reviewSectionUnread } from './rules/review-section-unread.js';
import { rubricCriterionUnmatched } from './rules/rubric-criterion-unmatched.js';
import { rubricMaxNotNumber } from './rules/rubric-max-not-number.js';
import { rubricMissingTotal } from './rules/rubric-missing-total.js';
import { rubricScoreAboveMax } from './rules/rubric-score-above-max.js';
import { rubricTotalMismatch } from './rules/rubric-total-mismatch.js';
import { sectionDuplicateNumber } from './rules/section-duplicate-number.js';
import { tableRowCells } from './rules/table-row-cells.js';
import type { Rule } from './rule.js';

/** Every rule, in the order its docs are listed. */
export const allRules: readonly Rule[] = [
  answerLabelUnread,
  answerToleranceUnread,
  checkpointGroupEmpty,
  checkpointGroupUnscored,
  checkpointListUngrouped,
  choiceNoCorrect,
  codeFenceUnclosed,
  configInvalid,
  courseNoModules,
  encodingInvalidUtf8,
  fileNameUnportable,
  fileTooLarge,
  fileUnreadable,
  gateItemNotCheckbox,
  headingLevelSkip,
  imageMissing,
  imageTooLarge,
  downloadTooLarge,
  imageTooManyPixels,
  imageUnsupported,
  linkMissingFile,
  linkMissingModule,
  linkNotPackaged,
  listItemMisindented,
  markdownTooDeep,
  markdownTooDense,
  modelSchema,
  moduleDuplicateId,
  moduleIdNotPortable,
  moduleIdReserved,
  moduleIdTooLong,
  moduleMissingReview,
  numericAnswersIgnored,
  pathOutsideRoot,
  pdfFontUnusable,
  questionDuplicateId,
  questionEmptyPrompt,
  questionDuplicate,
  questionInvalidAttribute,
  questionMissingAnswer,
  referenceMissingFile,
  referenceMissingSection,
  crossReferenceMissingSection,
  referenceReversedRange,
  reviewSectionUnread,
  rubricCriterionUnmatched,
  rubricMaxNotNumber,
  rubricMissingTotal,
  rubricScoreAboveMax,
  rubricTotalMismatch,
  sectionDuplicateNumber,
  tableRowCells,
];
