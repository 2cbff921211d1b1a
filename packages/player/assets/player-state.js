// The learner's state and its encoding for cmi.suspend_data: JSON of
//   { v: 1, a: [answer per question], d: "0/1 per question submitted or compared",
//     n: [note per reflection prompt], r: [score or null per rubric criterion],
//     g: "0/1 per gate item", t: 1 when notes were shortened for the LMS copy }
// The build computes the largest such string a module can produce (suspend-data-budget.ts).
(function () {
  'use strict';

  function empty(data) {
    return {
      v: 1,
      a: data.questions.map(function () { return ''; }),
      d: data.questions.map(function () { return '0'; }).join(''),
      n: Array.apply(null, Array(data.reflections)).map(function () { return ''; }),
      r: data.criteria.map(function () { return null; }),
      g: Array.apply(null, Array(data.gate)).map(function () { return '0'; }).join(''),
    };
  }

  function isShape(s, data) {
    return !!s && s.v === 1 && Array.isArray(s.a) && s.a.length === data.questions.length && typeof s.d === 'string' && s.d.length === data.questions.length &&
      Array.isArray(s.n) && s.n.length === data.reflections && Array.isArray(s.r) && s.r.length === data.criteria.length && typeof s.g === 'string' && s.g.length === data.gate;
  }

  function decode(text, data) {
    if (!text) return null;
    try { var s = JSON.parse(text); return isShape(s, data) ? s : null; } catch (e) { return null; }
  }

  // Keep the longest prefix whose JSON string (without quotes) takes at most `budget` characters.
  function fitText(text, budget) {
    var size = JSON.stringify(text).length - 2;
    while (size > budget) {
      text = text.slice(0, Math.max(0, Math.min(text.length - 1, Math.floor((text.length * budget) / size))));
      if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
      size = JSON.stringify(text).length - 2;
    }
    return text;
  }

  /** The LMS copy: the full state when it fits, else notes and open answers cut to the text budget. */
  function encodeForLms(state, data) {
    var full = JSON.stringify(state);
    if (!data.suspendLimit || full.length <= data.suspendLimit) return { text: full, shortened: false };
    var copy = JSON.parse(full);
    copy.n = copy.n.map(function (note) { return fitText(note, data.textBudget); });
    copy.a = copy.a.map(function (answer, i) { return data.questions[i].kind === 'open' ? fitText(answer, data.textBudget) : answer; });
    copy.t = 1;
    return { text: JSON.stringify(copy), shortened: true };
  }

  /** Restore shortened notes from the browser copy when it continues the LMS text. */
  function merge(lms, local) {
    if (!local || !lms.t) return lms;
    function pick(short, full) { return typeof full === 'string' && full.indexOf(short) === 0 ? full : short; }
    lms.n = lms.n.map(function (note, i) { return pick(note, local.n[i]); });
    lms.a = lms.a.map(function (answer, i) { return pick(answer, local.a[i]); });
    delete lms.t;
    return lms;
  }

  function readLocal(data) {
    try { return decode(window.localStorage.getItem(data.storageKey), data); } catch (e) { return null; }
  }

  function writeLocal(data, state) {
    try { window.localStorage.setItem(data.storageKey, JSON.stringify(state)); } catch (e) { /* private mode or quota: the LMS copy remains */ }
  }

  window.CoursepackState = { empty: empty, decode: decode, fitText: fitText, encodeForLms: encodeForLms, merge: merge, readLocal: readLocal, writeLocal: writeLocal };
})();
