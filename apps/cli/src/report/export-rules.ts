import type { Rule } from '@coursepack/core';

/** A notice an exporter can report: code, severity and its docs text. */
export type ExportRule = Pick<Rule, 'code' | 'summary' | 'severity' | 'description'>;

/** Codes that exporters report (what a format cannot carry, limits of a target), for SARIF and the docs. */
export const exportRules: readonly ExportRule[] = [
  {
    code: 'scorm-suspend-data-too-large',
    severity: 'warning',
    summary: 'The largest learner state of a module may not fit SCORM suspend_data.',
    description: 'SCORM 1.2 keeps at most 4,096 characters of suspend_data and SCORM 2004 64,000. The build computes the largest state a module can produce (every answer and note at its limit); when even the compacted state cannot fit, the player keeps long notes in the browser only and tells the learner. Split the module, or shorten the reflection prompts and open questions that take long notes.',
  },
  {
    code: 'qti-no-questions',
    severity: 'info',
    summary: 'A module without questions gets no QTI package.',
    description: 'QTI exports carry the checkpoint and the daily recall. A module that has neither is left out of the QTI formats; its other exports are unaffected.',
  },
  {
    code: 'qti-multiple-few-correct',
    severity: 'warning',
    summary: 'A multiple-answer question should have at least two correct choices.',
    description: 'Canvas imports a multiple-answer question with a single correct choice, but learners are told to pick several. Mark a second correct choice, or make it a single-choice question.',
  },
  {
    code: 'canvas-group-points-differ',
    severity: 'info',
    summary: 'Canvas may give every question of a group the same points.',
    description: 'QTI 1.2 for Canvas writes each checkpoint group as a question group; Canvas groups have one "points per question". When the questions of a group carry different points (pinned with `points=`), some Canvas versions use one value for all of them.',
  },
  {
    code: 'cc-numeric-tolerance-dropped',
    severity: 'warning',
    summary: 'Common Cartridge assessments cannot express a numeric tolerance.',
    description: 'The CC QTI profile has no numeric range: a numeric question with `± tolerance` accepts only its exact value in the cartridge. The QTI 1.2, 2.1, 3.0, Moodle and GIFT exports keep the tolerance.',
  },
  {
    code: 'pdf-characters-missing',
    severity: 'warning',
    summary: 'The PDF fonts cannot show some characters of a module.',
    description: 'The worksheets, keys and booklet are typeset with fonts that ship with coursepack (Source Serif 4, Source Sans 3, Source Code Pro), and those the course lists in `pdfFonts`, never the machine\'s own, so that every machine prints the same bytes. The bundled fonts cover Latin, Greek, Cyrillic and Vietnamese text; a character no font has (an emoji, a Chinese, Japanese, Korean, Arabic, Hebrew or Georgian letter without a font for it, a control character) prints as ■ in the PDFs, and the notice names the characters. Add a font that has them to `pdfFonts` (see docs/authoring.md, Fonts for other scripts). A variation selector or zero-width joiner is dropped, and a space the fonts lack prints as a plain space. The SCORM, QTI, Common Cartridge, Moodle, GIFT and JSON exports keep the text as written.',
  },
  {
    code: 'pdf-booklet-volumes',
    severity: 'info',
    summary: 'A large course gets its booklet in volumes.',
    description: 'The course booklet holds at most 25 modules (about 100 pages) per PDF, so that it stays printable and typesetting it needs bounded memory. Larger courses get `course-01.pdf`, `course-02.pdf`, … each with its own contents page, instead of one `course.pdf`.',
  },
  {
    code: 'moodle-questions-only',
    severity: 'info',
    summary: 'Moodle XML carries questions only.',
    description: 'The rubric, completion gate, reflection prompts, review loop and weekly plan have no place in a Moodle question bank and are not exported; the SCORM and Common Cartridge exports carry them.',
  },
  {
    code: 'moodle-no-questions',
    severity: 'info',
    summary: 'A module without questions gets no Moodle XML bank.',
    description: 'Moodle refuses to import a question bank that holds no question, so a module without checkpoint or daily recall questions (or whose every question was left out, see `moodle-question-skipped`) gets no `<module>.moodle.xml`, and a course none of whose modules has a bank gets no `course.moodle.xml`. The module\'s other exports are unaffected.',
  },
  {
    code: 'moodle-question-skipped',
    severity: 'warning',
    summary: 'A question Moodle cannot import is left out of the Moodle XML.',
    description: 'Moodle grades come from a fixed list, so a multiple-answer question with more than ten correct choices cannot be shared out; questions without a correct choice or answer cannot be scored. The message names the reason.',
  },
  {
    code: 'gift-questions-only',
    severity: 'info',
    summary: 'GIFT carries questions only.',
    description: 'The rubric, completion gate, reflection prompts, review loop and weekly plan are not exported to GIFT.',
  },
  {
    code: 'gift-no-questions',
    severity: 'info',
    summary: 'A module without questions gets no GIFT file.',
    description: 'Moodle refuses to import a GIFT file that holds no question, so a module without checkpoint or daily recall questions (or whose every question was left out, see `gift-question-skipped`) gets no `<module>.gift`. The module\'s other exports are unaffected.',
  },
  {
    code: 'gift-question-skipped',
    severity: 'warning',
    summary: 'A question GIFT cannot express is left out of the GIFT file.',
    description: 'As for Moodle XML: too many correct choices to share Moodle\'s fixed grades, or no correct choice or answer. The message names the reason.',
  },
  {
    code: 'gift-drops-grader-info',
    severity: 'info',
    summary: 'GIFT has no grader information, so model answers of open questions are left out.',
    description: 'Use Moodle XML (which puts them in `graderinfo`) when graders need the model answers.',
  },
  {
    code: 'gift-drops-images',
    severity: 'warning',
    summary: 'GIFT cannot carry image files, so images from the content folder are replaced by their alt text.',
    description: "GIFT is plain text with no way to include files. Wherever a question's text, choices or feedback show an image kept in the content folder, the GIFT export writes the image's alt text in brackets (`[Two curves]`) instead, or nothing when it has none; a question that needs its picture may then be impossible to answer. Images at a full `https://` address are kept. Export as Moodle XML to keep the images, or add them in Moodle's question editor after importing.",
  },
  {
    code: 'gift-drops-points',
    severity: 'info',
    summary: 'GIFT cannot set a question\'s grade.',
    description: 'Questions not worth 1 point import at Moodle\'s default grade of 1. Moodle XML keeps the points.',
  },
  {
    code: 'gift-drops-overall-feedback',
    severity: 'info',
    summary: 'GIFT drops the overall correct/incorrect feedback of multiple-answer questions.',
    description: 'GIFT attaches feedback to answers; a multiple-answer question keeps its per-choice feedback and general feedback only.',
  },
  {
    code: 'gift-multiple-as-single',
    severity: 'info',
    summary: 'A multiple-answer question with one correct choice is written as single-answer in GIFT.',
    description: 'GIFT decides the question type from the weights; with one correct choice it can only be single-answer.',
  },
];
