import { newXmlDocument, serializeXml } from './internal/xml-node.js';

/** The quiz settings Canvas reads from `assessment_meta.xml`. */
export interface CanvasQuizMeta {
  ident: string;
  title: string;
  /** Sanitized HTML shown above the quiz. */
  descriptionHtml: string;
  pointsPossible: number;
  /** `assignment` is graded; `practice_quiz` is not. */
  quizType: 'assignment' | 'practice_quiz';
}

const CANVAS_NS = 'http://canvas.instructure.com/xsd/cccv1p0';

/** Canvas's quiz metadata file (`cccv1p0`): type, points, attempts, and the assignment for graded quizzes. */
export function writeAssessmentMeta(meta: CanvasQuizMeta): string {
  const doc = newXmlDocument();
  const quiz = doc.ele(CANVAS_NS, 'quiz', {
    identifier: meta.ident,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd`,
  });
  const points = meta.pointsPossible.toFixed(1);
  const settings: [string, string][] = [
    ['title', meta.title],
    ['description', meta.descriptionHtml],
    ['shuffle_answers', 'false'],
    ['scoring_policy', 'keep_highest'],
    ['quiz_type', meta.quizType],
    ['points_possible', points],
    ['show_correct_answers', 'true'],
    ['anonymous_submissions', 'false'],
    ['allowed_attempts', '-1'],
    ['one_question_at_a_time', 'false'],
    ['cant_go_back', 'false'],
    ['available', 'false'],
  ];
  for (const [name, value] of settings) quiz.ele(name).txt(value);
  if (meta.quizType === 'assignment') {
    const assignment = quiz.ele('assignment', { identifier: `${meta.ident}.assignment` });
    const fields: [string, string][] = [
      ['title', meta.title],
      ['workflow_state', 'unpublished'],
      ['quiz_identifierref', meta.ident],
      ['points_possible', points],
      ['grading_type', 'points'],
      ['submission_types', 'online_quiz'],
    ];
    for (const [name, value] of fields) assignment.ele(name).txt(value);
  }
  return serializeXml(doc);
}
