// LMS side of the player: finds the SCORM 1.2 (API) or 2004 (API_1484_11) adapter by walking
// parent frames, then the opener, and maps the player's summary onto each version's CMI.
(function () {
  'use strict';

  function findIn(win, name) {
    try {
      for (var hops = 0; win && hops < 500; hops++) {
        if (win[name]) return win[name];
        if (!win.parent || win.parent === win) return null;
        win = win.parent;
      }
    } catch (e) { /* a cross-origin frame ends the walk */ }
    return null;
  }

  function discover(name) {
    var api = findIn(window, name);
    if (!api) { try { if (window.opener) api = findIn(window.opener, name); } catch (e) { api = null; } }
    return api;
  }

  function pad(n, width) { var s = String(n); while (s.length < width) s = '0' + s; return s; }

  // SCORM 1.2 CMITimespan: HHHH:MM:SS.SS
  function timespan12(ms) {
    var cs = Math.floor(ms / 10), h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = Math.floor(cs / 100) % 60;
    return pad(Math.min(h, 9999), 2) + ':' + pad(m, 2) + ':' + pad(s, 2) + '.' + pad(cs % 100, 2);
  }

  // SCORM 2004 timeinterval: ISO 8601 duration, e.g. PT1H2M3.45S
  function duration2004(ms) {
    var cs = Math.floor(ms / 10), h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = (cs % 6000) / 100;
    return 'PT' + h + 'H' + m + 'M' + s + 'S';
  }

  var VERSIONS = {
    '1.2': {
      apiName: 'API',
      fn: { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError' },
      keys: { suspend: 'cmi.suspend_data', exit: 'cmi.core.exit', time: 'cmi.core.session_time', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max', mastery: 'cmi.student_data.mastery_score' },
      time: timespan12,
      exit: function (done) { return done ? '' : 'suspend'; },
      status: function (s, set) { set('cmi.core.lesson_status', !s.completed ? 'incomplete' : s.success || 'completed'); },
      result: { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' },
      response: 'student_response',
      maxResponse: 255,
      maxFill: 255,
      delimiter: ',',
      type: function (t) { return t === 'long-fill-in' ? 'fill-in' : t; },
      trueFalse: function (v) { return v ? 't' : 'f'; },
      hasDescription: false,
    },
    '2004': {
      apiName: 'API_1484_11',
      fn: { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError' },
      keys: { suspend: 'cmi.suspend_data', exit: 'cmi.exit', time: 'cmi.session_time', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max', passing: 'cmi.scaled_passing_score' },
      time: duration2004,
      exit: function (done) { return done ? 'normal' : 'suspend'; },
      status: function (s, set) {
        set('cmi.completion_status', s.completed ? 'completed' : 'incomplete');
        set('cmi.success_status', s.success || 'unknown');
        if (s.max > 0) set('cmi.score.scaled', String(Math.round((s.raw / s.max) * 10000) / 10000));
        set('cmi.progress_measure', String(Math.round(s.progress * 10000) / 10000));
      },
      result: { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' },
      response: 'learner_response',
      maxResponse: 4000,
      maxFill: 250,
      delimiter: '[,]',
      type: function (t) { return t; },
      trueFalse: function (v) { return v ? 'true' : 'false'; },
      hasDescription: true,
    },
  };

  /** Connect to the LMS of the first version found (2004 first), or return null. */
  function connect() {
    var version = discover('API_1484_11') ? '2004' : discover('API') ? '1.2' : null;
    if (!version) return null;
    var v = VERSIONS[version];
    var api = discover(v.apiName);
    var errors = [];
    var written = {};
    function call(fn, a, b) {
      var result = b === undefined ? api[v.fn[fn]](a) : api[v.fn[fn]](a, b);
      var code = String(api[v.fn.error]());
      if (code !== '0') errors.push(v.fn[fn] + '(' + (a || '') + '): ' + code);
      return result;
    }
    function set(key, value) { if (written[key] !== value) { written[key] = value; call('set', key, String(value)); } }
    function get(key) { return String(call('get', key)); }
    if (String(call('init', '')) !== 'true') return null;
    var finished = false;
    var cachedPassing;
    return {
      version: version,
      errors: errors,
      // SCORM 2004 answers 403 (not initialized) for suspend_data outside a resumed attempt.
      suspendData: function () { return version === '1.2' || get('cmi.entry') === 'resume' ? get(v.keys.suspend) : ''; },
      // The LMS's passing score (from the manifest, which has one only when the author set one), as a
      // fraction of the maximum; 1.2's mastery score is in raw units. Read once: it cannot change.
      passing: function (max, hasPassing) {
        if (!hasPassing) return null;
        if (cachedPassing === undefined) cachedPassing = parseFloat(version === '1.2' ? get(v.keys.mastery) : get(v.keys.passing));
        if (isNaN(cachedPassing)) return null;
        return version === '1.2' ? (max > 0 ? cachedPassing / Math.min(max, 100) : null) : cachedPassing;
      },
      report: function (s) {
        v.status(s, set);
        // SCORM 1.2 scores range 0-100: a larger maximum is reported as a percentage.
        var scale = version === '1.2' && s.max > 100 ? 100 / s.max : 1;
        if (s.max > 0) { set(v.keys.min, '0'); set(v.keys.max, String(Math.round(s.max * scale * 100) / 100)); set(v.keys.raw, String(Math.round(s.raw * scale * 100) / 100)); }
        s.interactions.forEach(function (it, n) {
          var p = 'cmi.interactions.' + n + '.';
          set(p + 'id', it.id);
          set(p + 'type', v.type(it.type));
          if (v.hasDescription) set(p + 'description', it.description);
          set(p + 'weighting', String(it.weighting));
          if (!it.done) return;
          var response = it.type === 'true-false' ? v.trueFalse(it.response === 'true') : Array.isArray(it.response) ? it.response.join(v.delimiter) : it.response;
          if (response !== '') set(p + v.response, String(response).slice(0, it.type === 'fill-in' ? v.maxFill : v.maxResponse));
          set(p + 'result', v.result[it.result]);
        });
        set(v.keys.suspend, s.suspendData);
        set(v.keys.exit, v.exit(s.completed));
      },
      commit: function () { if (!finished) call('commit', ''); },
      finish: function (elapsedMs) {
        if (finished) return;
        set(v.keys.time, v.time(elapsedMs));
        finished = true;
        call('finish', '');
      },
    };
  }

  window.CoursepackRuntime = { connect: connect, discover: discover, timespan12: timespan12, duration2004: duration2004 };
})();
