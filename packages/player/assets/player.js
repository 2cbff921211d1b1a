// The learner player: restores the learner's state, scores answers and the rubric, and reports
// to the LMS (scorm-runtime.js) at meaningful moments; without an LMS it keeps state in the browser.
(function () {
  'use strict';
  var S = window.CoursepackState, R = window.CoursepackRuntime;
  var data = JSON.parse(document.getElementById('cp-data').textContent);
  var started = Date.now();
  var lms = R.connect();
  var local = S.readLocal(data);
  var fromLms = lms ? S.decode(lms.suspendData(), data) : null;
  var state = fromLms ? S.merge(fromLms, local) : (!lms && local) || S.empty(data);
  window.CoursepackPlayer = { state: function () { return state; }, lms: lms };

  function el(id) { return document.getElementById(id); }
  function round2(x) { return Math.round(x * 100) / 100; }
  function flag(s, i, on) { return s.slice(0, i) + (on ? '1' : '0') + s.slice(i + 1); }
  function setHidden(id, hidden) { var node = el(id); if (node) node.hidden = hidden; }
  function choiceInputs(i) { return Array.prototype.slice.call(document.querySelectorAll('input[name="q-' + i + '"]')); }
  function normal(text) { return String(text).trim().replace(/\s+/g, ' ').toLowerCase(); }
  // The course language's decimal mark. Its other mark groups thousands when a number is grouped
  // as numbers are (1,000 or 1,000.5 in English, 1.000 or 1.000,5 in German), and goes; otherwise a
  // lone comma is a decimal mark in any language (3,5).
  var decimalMark = (function () {
    try {
      var mark = new Intl.NumberFormat(data.language).formatToParts(1.5).filter(function (p) { return p.type === 'decimal'; })[0];
      return mark && mark.value === ',' ? ',' : '.';
    } catch (e) { return '.'; }
  })();
  var groupMark = decimalMark === ',' ? '.' : ',';
  var grouped = new RegExp('^[-+]?\\d{1,3}(\\' + groupMark + '\\d{3})+(\\' + decimalMark + '\\d*)?$');
  function parseNumber(text) {
    var t = String(text).trim().replace(/\s+/g, '');
    if (grouped.test(t)) t = t.split(groupMark).join('');
    if (t.indexOf('.') < 0) t = t.replace(',', '.');
    return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : NaN;
  }

  // A number as CMI decimal text (SCORM 2004 real(10,7): at most 10 integer digits, 7 decimals, no
  // exponent); '' when the learner's number cannot be written so.
  function numberText(text) {
    var x = parseNumber(text);
    if (isNaN(x) || Math.abs(x) >= 1e10) return '';
    return String(Math.round(x * 1e7) / 1e7).indexOf('e') < 0 ? String(Math.round(x * 1e7) / 1e7) : x.toFixed(7).replace(/\.?0+$/, '');
  }

  function readAnswer(i) {
    var q = data.questions[i];
    if (q.type === 'choice' || q.type === 'true-false') return choiceInputs(i).filter(function (c) { return c.checked; }).map(function (c) { return c.value; }).join(',');
    var value = el('q-' + i + '-answer').value;
    // Control characters never reach the state, so the build's size bound holds.
    return q.kind === 'open' ? value : value.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, data.shortMax);
  }

  function isCorrect(q, answer) {
    if (q.kind === 'single' || q.kind === 'true-false') return answer !== '' && q.correct.length === 1 && answer === q.correct[0];
    if (q.kind === 'multiple') return answer.split(',').filter(Boolean).sort().join(',') === q.correct.slice().sort().join(',');
    if (q.kind === 'short') return q.answers.some(function (a) { return normal(a) === normal(answer); });
    if (q.kind === 'numeric') { var x = parseNumber(answer); return !isNaN(x) && Math.abs(x - q.numeric.value) <= q.numeric.tolerance + 1e-9; }
    return false;
  }

  function responseOf(q, answer) {
    if (q.type === 'choice') return answer.split(',').filter(Boolean);
    if (q.type === 'true-false') return answer === q.trueChoice ? 'true' : 'false';
    if (q.type === 'numeric') return numberText(answer);
    return answer;
  }

  function summary() {
    var earned = data.questions.map(function (q, i) { return q.kind !== 'open' && state.d[i] === '1' && isCorrect(q, state.a[i]) ? q.points : 0; });
    var raw = 0, max = 0;
    data.criteria.forEach(function (c, k) {
      var auto = c.questions.reduce(function (sum, i) { return sum + earned[i]; }, 0);
      var total = Math.min(c.max, auto + Math.min(c.selfMax, Math.max(0, state.r[k] || 0)));
      if (el('crit-' + k + '-auto')) el('crit-' + k + '-auto').textContent = num(round2(auto));
      raw += total; max += c.max;
    });
    if (el('rubric-total')) el('rubric-total').textContent = num(round2(raw));
    data.questions.forEach(function (q, i) { if (q.criterion === null && q.kind !== 'open') { raw += earned[i]; max += q.points; } });
    raw = round2(raw); max = round2(max);
    var ticked = state.g.split('').filter(function (x) { return x === '1'; }).length;
    var completed = ticked === data.gate;
    var passing = lms ? lms.passing(max, data.passingScore !== null) : null;
    if (passing === null) passing = data.passingScore;
    // As a SCORM 2004 LMS does with cmi.scaled_passing_score, success follows the score alone;
    // SCORM 1.2's single lesson_status shows it only once the module is completed.
    var success = passing !== null && max > 0 ? (raw / max >= passing - 1e-9 ? 'passed' : 'failed') : null;
    var interactions = data.questions.map(function (q, i) {
      var done = state.d[i] === '1';
      return { id: q.uid, type: q.type, description: q.description, weighting: q.points, done: done, response: done ? responseOf(q, state.a[i]) : '', result: q.kind === 'open' ? 'neutral' : earned[i] > 0 || isCorrect(q, state.a[i]) ? 'correct' : 'incorrect' };
    });
    return { completed: completed, success: success, raw: raw, max: max, progress: data.gate ? ticked / data.gate : 1, interactions: interactions };
  }

  // The course's labels, in its language: a label with forms gives the one for the count it shows,
  // and numbers are written as the language writes them (1,5 in German), as the page was.
  var plural = null, numbers = null;
  try { plural = new Intl.PluralRules(data.language); } catch (e) { plural = null; }
  try { numbers = new Intl.NumberFormat(data.language, { useGrouping: false, maximumFractionDigits: 6, numberingSystem: 'latn' }); } catch (e) { numbers = null; }
  function num(value) { return numbers ? numbers.format(value) : String(value); }
  function t(key, values) {
    var text = data.labels[key];
    values = values || {};
    if (typeof text !== 'string') text = (plural && text[plural.select(Number(values.n))]) || text.other;
    return text.replace(/\{([a-zA-Z]+)\}/g, function (whole, name) {
      var value = values[name];
      return value === undefined ? whole : typeof value === 'number' ? num(value) : String(value);
    });
  }

  function save(commit) {
    var s = summary();
    S.writeLocal(data, state);
    el('cp-status').textContent = (s.completed ? t('completed') : t('inProgress')) + ' ' +
      (lms ? t('reportedToLms', { version: lms.version }) : t('savedInBrowser'));
    if (!lms) return;
    var encoded = S.encodeForLms(state, data);
    el('cp-shortened').hidden = !encoded.shortened;
    s.suspendData = encoded.text;
    lms.report(s);
    if (commit) lms.commit();
  }

  function showResult(i) {
    var q = data.questions[i], ok = isCorrect(q, state.a[i]);
    el('q-' + i + '-result').textContent = t(ok ? 'resultCorrect' : 'resultIncorrect', { n: q.points });
    el('q-' + i).setAttribute('data-result', ok ? 'correct' : 'incorrect');
    setHidden('q-' + i + '-fb-correct', !ok); setHidden('q-' + i + '-fb-incorrect', ok); setHidden('q-' + i + '-fb-general', false); setHidden('q-' + i + '-reveal', false);
    choiceInputs(i).forEach(function (c) { setHidden(c.id + '-fb', !c.checked); });
  }

  function hideResult(i) {
    el('q-' + i + '-result').textContent = '';
    el('q-' + i).removeAttribute('data-result');
    ['fb-correct', 'fb-incorrect', 'fb-general', 'reveal'].forEach(function (part) { setHidden('q-' + i + '-' + part, true); });
    choiceInputs(i).forEach(function (c) { setHidden(c.id + '-fb', true); });
  }

  data.questions.forEach(function (q, i) {
    var answer = state.a[i];
    if (q.kind === 'open') {
      var area = el('q-' + i + '-answer');
      area.value = answer;
      if (state.d[i] === '1') setHidden('q-' + i + '-reveal', false);
      area.addEventListener('input', function () { state.a[i] = area.value; });
      area.addEventListener('change', function () { save(false); });
      el('q-' + i + '-compare').addEventListener('click', function () {
        state.a[i] = area.value; state.d = flag(state.d, i, true);
        setHidden('q-' + i + '-reveal', false); save(true);
      });
      return;
    }
    if (q.type === 'choice' || q.type === 'true-false') {
      var chosen = answer.split(',');
      choiceInputs(i).forEach(function (c) { c.checked = chosen.indexOf(c.value) >= 0; });
    } else el('q-' + i + '-answer').value = answer;
    if (state.d[i] === '1') showResult(i);
    el('q-' + i).addEventListener('change', function () {
      if (state.d[i] !== '1') return;
      state.d = flag(state.d, i, false); hideResult(i);
    });
    el('q-' + i + '-submit').addEventListener('click', function () {
      var value = readAnswer(i);
      if (value === '' || (q.kind === 'numeric' && isNaN(parseNumber(value)))) {
        el('q-' + i + '-result').textContent = q.kind === 'numeric' ? t('enterNumber') : t('answerFirst');
        return;
      }
      state.a[i] = value; state.d = flag(state.d, i, true);
      showResult(i); save(true);
    });
  });

  state.n.forEach(function (note, i) {
    var area = el('note-' + i);
    area.value = note;
    area.addEventListener('input', function () { state.n[i] = area.value; });
    area.addEventListener('change', function () { save(false); });
  });

  data.criteria.forEach(function (c, k) {
    var input = el('crit-' + k);
    if (!input) return;
    if (state.r[k] !== null) input.value = String(state.r[k]);
    function read(isFinal) {
      var x = parseNumber(input.value);
      if (isNaN(x)) { state.r[k] = null; if (isFinal) input.value = ''; return; }
      var capped = round2(Math.min(c.selfMax, Math.max(0, x)));
      state.r[k] = capped;
      if (capped !== x) input.value = String(capped);
    }
    input.addEventListener('input', function () { read(false); summary(); });
    input.addEventListener('change', function () { read(true); save(true); });
  });

  for (var g = 0; g < data.gate; g++) {
    (function (i) {
      var box = el('gate-' + i);
      box.checked = state.g.charAt(i) === '1';
      box.addEventListener('change', function () { state.g = flag(state.g, i, box.checked); save(true); });
    })(g);
  }

  // Links must never take the SCO's own window away (that would end the LMS session): links to
  // package pages and elsewhere open a new window; links to files this package lacks are disabled.
  Array.prototype.forEach.call(document.querySelectorAll('main a[href]'), function (a) {
    var href = a.getAttribute('href');
    if (href.charAt(0) === '#') return;
    var isOutside = /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href);
    if (!isOutside && data.pages.indexOf(href.split('#')[0]) < 0) {
      if (data.moduleLinks[href]) a.setAttribute('href', data.moduleLinks[href]);
      else { a.removeAttribute('href'); a.setAttribute('title', t('notIncluded')); return; }
    }
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener');
  });

  save(true);

  var ended = false;
  function end() {
    if (ended || !lms) return;
    ended = true;
    save(false);
    lms.finish(Date.now() - started);
  }
  window.addEventListener('pagehide', end);
  window.addEventListener('unload', end);
})();
