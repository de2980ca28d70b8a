// The candidate's interview page. The link's token (in the address) is the only credential. The server is the
// source of truth: after a reload the page asks it where the interview stands and continues there.
(function () {
  'use strict';

  var capture = window.InterviewCapture;
  var token = location.pathname.split('/').filter(Boolean).pop();
  var api = '/api/i/' + encodeURIComponent(token);
  var modeKey = 'interview-mode-' + token.slice(0, 12);
  // Drafts of typed answers outlive a reload or a crash: kept per interview and question until the server has the
  // answer. Only a prefix of the token names them; the link itself is never stored.
  var draftPrefix = 'interview-draft-' + token.slice(0, 12) + '-';

  var state = null;          // the server's view
  var stream = null;         // camera + microphone
  var stopMeter = null;
  var recorder = null;
  var recorded = null;       // {video, wav, seconds} awaiting submission: kept until the server confirms
  var textRecorder = null;   // recording for the reviewer while a typed answer is written
  var turn = -1;             // the turn the page shows
  var writeThisOne = false;  // the candidate chose to type this answer
  var timers = [];

  function $(id) { return document.getElementById(id); }
  function show(id, visible) { $(id).classList.toggle('hidden', !visible); }
  function mode() { return sessionStorage.getItem(modeKey) || 'voice'; }
  function setMode(m) { sessionStorage.setItem(modeKey, m); }
  function clearTimers() { timers.forEach(clearInterval); timers = []; }

  /** Shows one screen and moves focus to its heading, so keyboard and screen-reader users start there. */
  function screen(name) {
    ['loading', 'error', 'welcome', 'setup', 'question', 'done', 'declined', 'closed'].forEach(function (s) {
      show('screen-' + s, s === name);
    });
    window.scrollTo(0, 0);
    var heading = document.querySelector('#screen-' + name + ' h1');
    if (heading && name !== 'loading') { heading.focus({ preventScroll: true }); }
  }

  // ---- drafts ----

  function draftKey(t) { return draftPrefix + t; }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; } // blocked storage: drafts live in the page only
  }

  function saveDraft() {
    var store = storage();
    if (!store || turn < 0) { return; }
    var text = $('answer-text').value;
    try {
      if (text.trim()) { store.setItem(draftKey(turn), text); } else { store.removeItem(draftKey(turn)); }
    } catch (e) { /* storage full: the draft stays in the page */ }
  }

  function draft(t) {
    var store = storage();
    return store ? store.getItem(draftKey(t)) : null;
  }

  /** Forgets the drafts of this interview, all of them or those of other questions than {@code keep}. */
  function clearDrafts(keep) {
    var store = storage();
    if (!store) { return; }
    for (var i = store.length - 1; i >= 0; i--) {
      var key = store.key(i);
      if (key && key.indexOf(draftPrefix) === 0 && key !== draftKey(keep)) { store.removeItem(key); }
    }
  }

  // ---- camera ----

  /** Shows a stream in a video element; muted and inline so that phones play it without a tap. */
  function attach(video, s) {
    video.muted = true;
    video.playsInline = true;
    video.srcObject = s;
    var playing = video.play();
    if (playing && playing.catch) {
      playing.catch(function () {
        // Autoplay refused (power saving, say): the next tap on the page starts the preview.
        document.addEventListener('click', function () { video.play().catch(function () {}); }, { once: true });
      });
    }
  }

  function releaseDevices() {
    if (stopMeter) { stopMeter(); stopMeter = null; }
    ['preview', 'live'].forEach(function (id) { $(id).srcObject = null; });
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
  }

  function phase(name) {
    ['think', 'record', 'review', 'text', 'upload', 'wait'].forEach(function (p) { show('phase-' + p, p === name); });
    var answering = name === 'think' || name === 'record' || name === 'review' || name === 'text';
    show('alt-choices', answering);
    show('alt-sep', !$('write-instead').classList.contains('hidden') || !$('speak-instead').classList.contains('hidden'));
    show('read-aloud', answering && 'speechSynthesis' in window);
  }

  function fmt(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
  }

  function fill(selector, value) {
    document.querySelectorAll(selector).forEach(function (el) { el.textContent = value; });
  }

  // ---- talking to the server ----

  /** One request; resolves {status, body} for any HTTP answer, rejects only when the network failed. */
  function request(method, url, body, contentType, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.timeout = 120000;
      if (contentType) { xhr.setRequestHeader('Content-Type', contentType); }
      xhr.setRequestHeader('Accept', 'application/json');
      if (onProgress && xhr.upload) {
        xhr.upload.onprogress = function (e) { if (e.lengthComputable) { onProgress(e.loaded, e.total); } };
      }
      xhr.onload = function () {
        var parsed = null;
        try { parsed = JSON.parse(xhr.responseText); } catch (e) { parsed = null; }
        resolve({ status: xhr.status, body: parsed });
      };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.ontimeout = function () { reject(new Error('timeout')); };
      xhr.send(body === undefined ? null : body);
    });
  }

  var RETRY_DELAYS = [1, 2, 4, 8, 15, 30, 30, 30];

  /**
   * A request retried with growing pauses while the network or the server fails (5xx, 408, 429). The body is
   * held in memory meanwhile, so nothing recorded is lost. Client errors (4xx) are returned, not retried.
   */
  function persistent(method, url, body, contentType, onProgress) {
    var attempt = 0;
    return new Promise(function (resolve) {
      function go() {
        show('upload-retry', false);
        request(method, url, body, contentType, onProgress).then(function (res) {
          if (res.status >= 500 || res.status === 408 || res.status === 429) { retry(); } else { resolve(res); }
        }, retry);
      }
      function retry() {
        if (attempt >= RETRY_DELAYS.length) {
          $('upload-note').textContent = 'Your answer is safe in this page, but it could not be sent. Check your ' +
            'internet connection, then press “Try again now”. Do not close or reload the page.';
          show('upload-retry', true);
          $('upload-retry').onclick = function () { attempt = 0; go(); };
          return;
        }
        var wait = RETRY_DELAYS[attempt++];
        $('upload-note').textContent = 'Connection problem. Your answer is kept in this page; trying again in ' +
          wait + ' s (attempt ' + (attempt + 1) + ')…';
        var again = setTimeout(go, wait * 1000);
        show('upload-retry', true);
        $('upload-retry').onclick = function () { clearTimeout(again); go(); };
      }
      go();
    });
  }

  function load() {
    return request('GET', api).then(function (res) {
      if (res.status !== 200) { throw res; }
      state = res.body;
      return state;
    });
  }

  function failed(res) {
    var message = res && res.body && res.body.error ? res.body.error
      : 'The interview could not be loaded. Check your connection and reload the page.';
    $('error-title').textContent = res && res.status === 410 ? 'This link has expired' : 'This link does not work';
    $('error-text').textContent = message;
    screen('error');
  }

  // ---- screens ----

  function route() {
    fill('[data-role]', state.role);
    if (state.contact) {
      document.querySelectorAll('[data-contact]').forEach(function (el) { contact(el, state.contact); });
      document.querySelectorAll('[data-contact-line]').forEach(function (el) { el.classList.remove('hidden'); });
    }
    fill('[data-retention]', state.retentionDays);
    fill('[data-count]', state.questionCount);
    fill('[data-minutes]', Math.max(10, Math.round(state.questionCount * 3 / 5) * 5));
    // The notice promises a transcript only while voice answers are on (they turn on once the model is ready).
    show('notice-stt-on', state.speechToText);
    show('notice-stt-off', !state.speechToText);
    switch (state.status) {
      case 'welcome': screen('welcome'); break;
      case 'ready': setup(false); break;
      case 'question':
        if (stream || mode() === 'text') { question(); } else { setup(true); }
        break;
      case 'processing': screen('question'); phase('wait'); poll(); break;
      case 'finished': finish(); break;
      case 'declined': releaseDevices(); clearDrafts(); screen('declined'); break;
      // A closed link takes no answers: nothing typed is kept on this computer.
      default: releaseDevices(); clearDrafts(); screen('closed');
    }
  }

  /** The recruiter's contact: an email address becomes a mail link, anything else stays text. */
  function contact(el, value) {
    el.textContent = '';
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      var a = document.createElement('a');
      a.href = 'mailto:' + value;
      a.textContent = value;
      el.appendChild(a);
    } else {
      el.textContent = value;
    }
  }

  function setup(resuming) {
    screen('setup');
    show('stt-note', !state.speechToText);
    show('resume-note', resuming);
    if (resuming) {
      $('setup-eyebrow').textContent = 'Welcome back';
      $('resume-note').textContent = 'Your earlier answers are saved. Turn your camera and microphone back on to ' +
        'continue with question ' + state.prompt.number + ' of ' + state.questionCount + '.';
      $('start-button').textContent = 'Continue the interview';
    }
    if (!state.speechToText) { $('text-mode-button').textContent = 'Continue without camera and microphone'; }
  }

  function openDevices() {
    show('device-error', false);
    $('devices-button').disabled = true;
    $('mic-status').textContent = 'Asking your browser for permission…';
    capture.context();
    capture.openDevices(true).then(function (s) {
      stream = s;
      var hasVideo = s.getVideoTracks().length > 0;
      attach($('preview'), s);
      $('cam-status').textContent = hasVideo ? '' : 'No camera: your answers will be recorded as audio only.';
      show('cam-status', !hasVideo);
      var heard = false;
      if (stopMeter) { stopMeter(); }
      stopMeter = capture.meter(s, function (level) {
        $('level').style.width = Math.round(level * 100) + '%';
        if (level > 0.25 && !heard) {
          heard = true;
          $('mic-status').textContent = 'Your microphone works.';
        }
      });
      $('mic-status').textContent = 'Listening… say a few words.';
      show('devices-button', false);
      show('start-button', true);
      if (mode() === 'text' && state.speechToText) { setMode('voice'); }
      if (!state.speechToText) { setMode('text+video'); }
    }, function (error) {
      $('devices-button').disabled = false;
      $('devices-button').textContent = 'Try again';
      $('mic-status').textContent = 'Not available.';
      $('device-error').textContent = capture.explain(error);
      show('device-error', true);
    });
  }

  function begin() {
    $('start-button').disabled = true;
    var next = state.status === 'ready' ? request('POST', api + '/start').then(function (res) {
      if (res.status !== 200) { throw res; }
      state = res.body;
    }) : Promise.resolve();
    next.then(route, function (res) {
      $('start-button').disabled = false;
      showError(res);
    });
  }

  function question() {
    clearTimers();
    screen('question');
    show('answer-error', false);
    var p = state.prompt;
    turn = p.turn;
    writeThisOne = false;
    recorded = null;
    $('q-counter').textContent = 'Question ' + p.number + ' of ' + state.questionCount;
    $('q-bar').max = state.questionCount;
    $('q-bar').value = p.number - 1;
    $('q-kind').textContent = p.followUp ? 'Follow-up question' : 'Question ' + p.number;
    $('q-text').textContent = p.text;
    clearDrafts(turn);
    var kept = draft(turn);
    $('answer-text').value = kept || '';
    $('char-count').textContent = String($('answer-text').value.length);
    show('speak-instead', false);
    if (!state.speechToText && mode() === 'voice') { setMode(stream ? 'text+video' : 'text'); }
    show('write-instead', mode() === 'voice');
    // A draft kept from before a reload means the candidate was writing this answer: continue writing.
    if (kept && mode() === 'voice') { writeThisOne = true; }
    if (mode() === 'voice' && !writeThisOne) { think(); } else { typing(false); }
    $('q-text').focus();
  }

  function think() {
    phase('think');
    var left = state.thinkingSeconds;
    $('think-left').textContent = left;
    if (left <= 0) { record(); return; }
    timers.push(setInterval(function () {
      left -= 1;
      $('think-left').textContent = Math.max(0, left);
      if (left <= 0) { record(); }
    }, 1000));
  }

  function record() {
    clearTimers();
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    phase('record');
    attach($('live'), stream);
    $('rec-max').textContent = fmt(state.maxAnswerSeconds);
    recorder = new capture.Recorder(stream, true);
    recorder.start();
    var stopLevel = capture.meter(stream, function (level) { $('rec-level').style.width = Math.round(level * 100) + '%'; });
    timers.push(setInterval(function () {
      var s = recorder.seconds();
      $('rec-time').textContent = fmt(s);
      if (s >= state.maxAnswerSeconds) { stopRecording(); }
    }, 250));
    $('stop').onclick = stopRecording;
    recorder.stopLevel = stopLevel;
  }

  function stopRecording() {
    if (!recorder) { return; }
    clearTimers();
    recorder.stopLevel();
    var r = recorder;
    recorder = null;
    r.stop().then(function (result) {
      if (!result.wav) {
        // No audio for the transcript (a browser without AudioWorklet): the answer can still be written.
        writeThisOne = true;
        typing();
        showError({ body: { error: 'This browser could not record the sound for a transcript. Please write ' +
          'this answer, or use a current version of Chrome, Edge, Firefox or Safari.' } });
        return;
      }
      recorded = result;
      // The browser's WebM states no duration, so its player shows 0:00: say how long the answer is.
      $('review-length').textContent = fmt(result.seconds);
      phase('review');
      $('playback').src = URL.createObjectURL(result.video);
    });
  }

  /** The typed answer; {@code focusBox} when the candidate chose to write, not when a question was just put. */
  function typing(focusBox) {
    phase('text');
    show('write-instead', false);
    show('speak-instead', mode() === 'voice' && writeThisOne);
    show('alt-sep', mode() === 'voice' && writeThisOne);
    var recordForReviewer = mode() === 'text+video' && stream;
    show('text-rec', !!recordForReviewer);
    if (recordForReviewer) {
      textRecorder = new capture.Recorder(stream, false);
      textRecorder.start();
      timers.push(setInterval(function () { $('text-rec-time').textContent = fmt(textRecorder.seconds()); }, 500));
    }
    if (focusBox !== false) { $('answer-text').focus(); }
  }

  function discardRecordings() {
    clearTimers();
    if (recorder) { recorder.stopLevel(); recorder.cancel(); recorder = null; }
    if (textRecorder) { textRecorder.cancel(); textRecorder = null; }
    recorded = null;
  }

  // ---- sending answers ----

  function upload(blob, kind, sent, total) {
    return persistent('POST', api + '/media?turn=' + turn + '&kind=' + kind, blob,
      kind === 'audio' ? 'audio/wav' : 'video/webm', function (loaded) {
        $('upload-bar').value = Math.round((sent + loaded) / total * 100);
      }).then(function (res) {
      if (res.status === 201) { return res.body.id; }
      if (res.status === 409) { return null; } // already answered: a retry that got through
      throw res;
    });
  }

  function sendAnswer(answer) {
    $('upload-label').textContent = 'Saving your answer…';
    return persistent('POST', api + '/answers', JSON.stringify(answer), 'application/json').then(function (res) {
      if (res.status !== 200 && res.status !== 202) { throw res; }
      state = res.body;
      recorded = null;
      clearDrafts(); // the server has the answer
      $('upload-bar').value = 100;
      phase('wait');
      poll();
    });
  }

  function submitRecording() {
    var rec = recorded;
    if (rec.video.size + rec.wav.size > state.maxUploadMb * 1024 * 1024) {
      showError({ body: { error: 'This recording is too large to send (the limit is ' + state.maxUploadMb +
        ' MB). Please record a shorter answer.' } });
      return;
    }
    phase('upload');
    $('upload-label').textContent = 'Uploading your answer…';
    $('upload-note').textContent = '';
    $('upload-bar').value = 0;
    var total = rec.video.size + rec.wav.size;
    upload(rec.video, 'video', 0, total).then(function () {
      return upload(rec.wav, 'audio', rec.video.size, total);
    }).then(function (audioId) {
      if (audioId === null) { return load().then(route); }
      return sendAnswer({ turn: turn, mode: 'audio', audio: audioId });
    }).catch(function (res) { phase('review'); showError(res); });
  }

  function submitText() {
    var text = $('answer-text').value.trim();
    if (!text) {
      showError({ body: { error: 'Type your answer first.' } });
      return;
    }
    show('answer-error', false);
    var video = textRecorder ? textRecorder.stop() : Promise.resolve(null);
    textRecorder = null;
    clearTimers();
    phase('upload');
    $('upload-note').textContent = '';
    $('upload-bar').value = 0;
    video.then(function (rec) {
      if (rec && rec.video.size > 0) {
        $('upload-label').textContent = 'Uploading the recording…';
        return upload(rec.video, 'video', 0, rec.video.size);
      }
      return 'none';
    }).then(function (id) {
      if (id === null) { return load().then(route); }
      return sendAnswer({ turn: turn, mode: 'text', text: text });
    }).catch(function (res) { phase('text'); showError(res); });
  }

  function skip() {
    if (!window.confirm('Skip this question? You cannot come back to it.')) { return; }
    discardRecordings();
    phase('upload');
    sendAnswer({ turn: turn, mode: 'skip' }).catch(function (res) { question(); showError(res); });
  }

  function showError(res) {
    var message = res && res.body && res.body.error ? res.body.error : 'Something went wrong. Please try again.';
    $('answer-error').textContent = message;
    show('answer-error', true);
  }

  /** Waits for the next prompt while the answer is processed on the server. */
  function poll() {
    var delay = 800;
    function tick() {
      load().then(function () {
        // route(), not question(): after a reload the camera may need switching on again first.
        if (state.status === 'question' && state.prompt.turn !== turn) { route(); }
        else if (state.status === 'finished' || state.status === 'closed') { route(); }
        else { delay = Math.min(delay * 1.3, 4000); setTimeout(tick, delay); }
      }, function () { setTimeout(tick, 4000); });
    }
    setTimeout(tick, delay);
  }

  function finish() {
    discardRecordings();
    releaseDevices();
    clearDrafts();
    sessionStorage.removeItem(modeKey);
    screen('done');
  }

  // ---- wiring ----

  $('consent-box').addEventListener('change', function () { $('consent-button').disabled = !this.checked; });
  $('consent-button').addEventListener('click', function () {
    $('consent-button').disabled = true;
    // The notice this page shows now (with or without the transcript line) is the one the candidate agrees to.
    request('POST', api + '/consent', JSON.stringify({ noticeVersion: state.noticeVersion }), 'application/json')
      .then(function (res) {
        if (res.status !== 200) { throw res; }
        state = res.body;
        route();
      }).catch(function (res) { $('consent-button').disabled = false; failed(res); });
  });
  function showDecline(open) {
    show('decline-form', open);
    $('decline-button').setAttribute('aria-expanded', String(open));
    show('decline-error', false);
    if (open) { $('decline-title').focus(); } else { $('decline-button').focus(); }
  }
  $('decline-button').addEventListener('click', function () { showDecline(true); });
  $('decline-cancel').addEventListener('click', function () { showDecline(false); });
  $('decline-confirm').addEventListener('click', function () {
    $('decline-confirm').disabled = true;
    request('POST', api + '/decline', JSON.stringify({ message: $('decline-message').value }), 'application/json')
      .then(function (res) {
        if (res.status !== 200) { throw res; }
        state = res.body;
        route();
      }).catch(function (res) {
        $('decline-confirm').disabled = false;
        $('decline-error').textContent = res && res.body && res.body.error ? res.body.error
          : 'Your choice could not be sent. Check your connection and try again.';
        show('decline-error', true);
      });
  });
  $('devices-button').addEventListener('click', openDevices);
  $('start-button').addEventListener('click', begin);
  $('text-mode-button').addEventListener('click', function () {
    setMode('text');
    releaseDevices();
    begin();
  });
  $('record-now').addEventListener('click', record);
  $('rerecord').addEventListener('click', function () { recorded = null; record(); });
  $('submit-recording').addEventListener('click', submitRecording);
  $('submit-text').addEventListener('click', submitText);
  $('write-instead').addEventListener('click', function () { discardRecordings(); writeThisOne = true; typing(); });
  $('speak-instead').addEventListener('click', function () { writeThisOne = false; show('write-instead', true); show('speak-instead', false); think(); });
  $('skip').addEventListener('click', skip);
  $('answer-text').addEventListener('input', function () {
    $('char-count').textContent = this.value.length;
    saveDraft();
  });
  $('read-aloud').addEventListener('click', function () {
    if (!('speechSynthesis' in window)) { return; }
    speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance(state.prompt.text);
    u.lang = document.documentElement.lang || 'en';
    speechSynthesis.speak(u);
  });
  window.addEventListener('online', function () {
    var retry = $('upload-retry');
    if (!retry.classList.contains('hidden') && retry.onclick) { retry.onclick(); }
  });
  // Leaving the page switches camera and microphone off at once rather than when the browser gets round to it.
  window.addEventListener('pagehide', function (e) { if (!e.persisted) { releaseDevices(); } });
  window.addEventListener('beforeunload', function (e) {
    if (recorded || recorder || textRecorder) { e.preventDefault(); e.returnValue = ''; }
  });

  load().then(route, failed);
})();
