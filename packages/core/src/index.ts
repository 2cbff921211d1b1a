export type { Diagnostic, Severity } from './diagnostics/types.js';
export { ruleUrl, RULE_DOCS_BASE } from './diagnostics/rule-url.js';
export { sortDiagnostics } from './diagnostics/sort-diagnostics.js';
export type { ContentSource, LoadIssue, RawFile } from './load/content-source.js';
export { isSkippedName, listContentFolder, readContentFolder } from './load/read-content-folder.js';
export type { ContentFolder, FileStamp, ReadContentOptions } from './load/read-content-folder.js';
export { loadCourse, readImageFile } from './load/load-course.js';
export type { ImageFile } from './load/load-course.js';
export { buildModel, MODEL_VERSION } from './model/build-model.js';
export type { BuildModelOptions, BuiltModel } from './model/build-model.js';
export { CONFIG_FILE_NAME, defaultConfig } from './model/config.js';
export { readConfig } from './model/read-config.js';
export type { ConfigProblem } from './model/read-config.js';
export type { CourseConfig, SectionTitles } from './model/config.js';
export { courseSkeleton } from './model/course-skeleton.js';
export { withoutContent } from './model/without-content.js';
export { assetFile } from './model/asset-file.js';
export { DOWNLOAD_EXTENSIONS, extensionOf, isDownloadType } from './model/download-type.js';
export { DEFAULT_LABELS, formatLabel, formatNumber, labelAround } from './model/labels.js';
export type { LabelKey, LabelText, Labels, PluralText } from './model/labels.js';
export { BUILT_IN_LABEL_LANGUAGES, builtInLabels } from './model/built-in-labels.js';
export { courseLabels, translator } from './model/translator.js';
export type { CourseText, Translate } from './model/translator.js';
export { nameHash } from './model/slug.js';
export { textDirection } from './model/text-direction.js';
export { contentPathOfUrl, isExternalUrl } from './model/resolve-reference.js';
export { imageKind, imagePixels } from './model/check-image.js';
export type { ImageKind, ImagePixels } from './model/check-image.js';
export { discoverModules, roleOf } from './model/discover-modules.js';
export type { ModuleFolder } from './model/discover-modules.js';
export type { Document, DocumentSet } from './model/document.js';
export { sectionAnchor } from './model/read-outline.js';
export type {
  Checkpoint,
  Choice,
  Course,
  Criterion,
  CriterionTarget,
  Feedback,
  FileRole,
  GateItem,
  Item,
  Module,
  ModuleFile,
  ModuleLink,
  ModuleAsset,
  NumericAnswer,
  Outline,
  Place,
  PlanList,
  PointsSource,
  Question,
  QuestionGroup,
  ReviewAnchors,
  QuestionKind,
  Reference,
  RichText,
  Rubric,
  Section,
  SectionRange,
} from './model/types.js';
export { headingSlug, headingSlugger, renderDocumentHtml } from './render/render-document-html.js';
export type { RenderDocumentOptions } from './render/render-document-html.js';
export { checkSchema, courseValidator } from './schema/check-schema.js';
export type { SchemaProblem } from './schema/check-schema.js';
export { COURSE_SCHEMA_ID, courseSchema } from './schema/course-schema.js';
export { allRules } from './validate/all-rules.js';
export type { ExampleFiles, Rule, RuleContext } from './validate/rule.js';
export { assetDiagnostics, assetLimit, buildCourse, exportableModules, isUnreadable, moduleBuilder, moduleLinkDiagnostics } from './validate/build-course.js';
export type { ImageRead } from './validate/build-course.js';
export { checkPdfFonts, MAX_PDF_FONT_SIZE } from './validate/check-pdf-fonts.js';
export { fontFileProblem } from './validate/font-file-problem.js';
export type { FontRead } from './validate/check-pdf-fonts.js';
export type { ModuleLinks, WrittenRange } from './model/module-links.js';
export { validateCourse } from './validate/validate-course.js';
export type { CourseBuild } from './validate/build-course.js';
