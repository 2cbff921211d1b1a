import type { LabelSet } from '../labels.js';

// French typography puts a no-break space (U+00A0) before `:` and a narrow one (U+202F) before `;`,
// so that neither starts a line.

/**
 * The labels in French, addressing the learner as `vous`. A count of millions takes the `many`
 * form, written as `other` is: digits need no `de` (`1000000 points`).
 */
export const fr = {
  skipToContent: 'Aller au contenu',
  focus: 'Au programme',
  reviewLoop: 'Boucle de révision',
  reflectionPrompts: 'Questions de réflexion',
  checkpoint: 'Vérification des acquis',
  selfEvaluation: 'Autoévaluation',
  completionGate: 'Conditions d’achèvement',
  criterion: 'Critère',
  yourScore: 'Vos points',
  outOf: 'Barème',
  total: 'Total',
  yourScoreFor: 'Vos points pour {criterion} (de 0 à {max})',
  fromAnswers: '+ {n} d’après vos réponses',
  scoredFromAnswers: 'évalué d’après vos réponses',
  // 0 and 1.5 are singular in French (`one`): `0 point`, `1,5 point`.
  points: { one: '{n} point', many: '{n} points', other: '{n} points' },
  see: 'Voir\u00A0: {links}',
  notesOnPrompt: 'Vos notes sur la question {n}',
  yourAnswer: 'Votre réponse',
  yourNumber: 'Votre réponse (un nombre)',
  compare: 'Comparer',
  submit: 'Valider',
  modelAnswer: 'Réponse type',
  noModelAnswer: 'Pas de réponse type\u00A0: comparez votre réponse avec le texte explicatif.',
  resultCorrect: {
    one: 'Bonne réponse\u00A0: {n} point sur {n}.',
    many: 'Bonne réponse\u00A0: {n} points sur {n}.',
    other: 'Bonne réponse\u00A0: {n} points sur {n}.',
  },
  // `0 point` whatever the maximum: zero is singular in French.
  resultIncorrect: {
    one: 'Mauvaise réponse\u00A0: 0 point sur {n}.',
    many: 'Mauvaise réponse\u00A0: 0 point sur {n}.',
    other: 'Mauvaise réponse\u00A0: 0 point sur {n}.',
  },
  // The player reads `3,5` as well as `3.5`.
  enterNumber: 'Saisissez d’abord un nombre, par exemple 42 ou 3,5.',
  answerFirst: 'Répondez d’abord, puis validez.',
  completed: 'Terminé.',
  inProgress: 'En cours\u00A0: cochez toutes les conditions d’achèvement pour terminer.',
  savedInBrowser: 'Votre progression est enregistrée dans ce navigateur.',
  reportedToLms: 'Votre progression est transmise à votre plateforme de formation (SCORM {version}).',
  notesShortened:
    'Vos notes sont longues\u00A0: la copie conservée par votre plateforme de formation est raccourcie\u202F; le texte complet reste uniquement dans ce navigateur.',
  notIncluded: 'Non inclus dans ce paquet',
  dailyRecall: 'Révision quotidienne',
  outOfShort: 'Max.',
  worksheet: 'Fiche de travail',
  instructorKey: 'Corrigé',
  worksheets: 'Fiches de travail',
  instructorKeys: 'Corrigés',
  courseBooklet: 'Livret du cours',
  contents: 'Sommaire',
  moduleNumber: 'Module {n}',
  moduleReview: 'Bilan du module',
  name: 'Nom',
  date: 'Date',
  score: 'Note',
  pageOf: 'Page {page} sur {pages}',
  tickEvery: 'Cochez toutes les réponses qui conviennent.',
  answer: 'Réponse',
  or: 'ou',
  correctChoice: 'bonne réponse',
  noModelAnswerKey: 'Aucune réponse type fournie\u202F; noter selon la grille d’évaluation.',
  feedback: 'Commentaire',
  whenCorrect: 'En cas de bonne réponse',
  whenIncorrect: 'En cas de mauvaise réponse',
  pointsShort: { one: '{n} pt', many: '{n} pts', other: '{n} pts' },
  volumeOf: 'volume {volume} sur {volumes}',
  references: 'Références',
  rubricCriterion: 'Critère d’évaluation',
  pointsHeading: 'Points',
  runIn: '{label}\u00A0:',
} as const satisfies LabelSet;
