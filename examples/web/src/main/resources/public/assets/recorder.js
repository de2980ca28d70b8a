// Capture for the candidate page: camera + microphone stream, a live level meter, and a recorder that produces
// two files per answer: WebM video (MediaRecorder) for the human reviewer, and a 16 kHz mono 16-bit WAV made with
// Web Audio for speech-to-text, so the server needs no audio decoder. The samples come from an AudioWorklet
// (pcm-capture-worklet.js), off the page's main thread, instead of the deprecated ScriptProcessorNode.
(function () {
  'use strict';

  var TARGET_RATE = 16000;
  var WORKLET = '/assets/pcm-capture-worklet.js';
  var audioContext = null;
  var workletReady = null;

  /** The page's one AudioContext, resumed (browsers start it suspended until the user acts). */
  function context() {
    if (!audioContext) {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      audioContext = new Ctx();
      // Loaded once, early (at the device check), so that recording starts without waiting for it.
      workletReady = audioContext.audioWorklet ? audioContext.audioWorklet.addModule(WORKLET)
        : Promise.reject(new Error('This browser has no AudioWorklet'));
      workletReady.catch(function () { /* reported when a recording needs it */ });
    }
    if (audioContext.state === 'suspended') {
      audioContext.resume();
    }
    return audioContext;
  }

  /**
   * Asks for camera and microphone. Audio processing is switched off: echo cancellation, noise suppression and
   * automatic gain distort speech and clip the recording, which hurts transcription.
   */
  function openDevices(withVideo) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      var err = new Error('insecure');
      err.name = 'InsecureContext';
      return Promise.reject(err);
    }
    var audio = { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 };
    var video = withVideo ? { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: 'user' } : false;
    return navigator.mediaDevices.getUserMedia({ audio: audio, video: video }).catch(function (e) {
      // No camera but a microphone: record audio only rather than give up.
      if (withVideo && (e.name === 'NotFoundError' || e.name === 'OverconstrainedError' || e.name === 'NotReadableError')) {
        return navigator.mediaDevices.getUserMedia({ audio: audio, video: false });
      }
      throw e;
    });
  }

  /** What to tell the candidate when the browser refused the devices, and how to fix it. */
  function explain(error) {
    switch (error && error.name) {
      case 'NotAllowedError':
      case 'PermissionDeniedError':
      case 'SecurityError':
        return 'Your browser blocked the camera or microphone. Click the camera or lock icon at the left of the ' +
          'address bar, allow the camera and the microphone for this site, then press “Try again”. On a phone, ' +
          'also check that your browser may use them in the phone’s settings.';
      case 'NotFoundError':
      case 'OverconstrainedError':
        return 'No microphone was found. Connect a headset or microphone and press “Try again”, or answer in writing.';
      case 'NotReadableError':
      case 'TrackStartError':
        return 'Another program (a video call, for example) is using your camera or microphone. Close it, then ' +
          'press “Try again”.';
      case 'InsecureContext':
        return 'This page cannot use a camera or microphone because it was not opened over a secure (https) ' +
          'connection. Ask the recruiter for a secure link, or answer in writing.';
      default:
        return 'The camera or microphone could not be started (' + (error && error.name ? error.name : 'unknown error') +
          '). Press “Try again”, try another browser such as Chrome, Edge or Firefox, or answer in writing.';
    }
  }

  /** Calls onLevel(0..1) about 20 times a second with the microphone's loudness; returns a stop function. */
  function meter(stream, onLevel) {
    var ctx = context();
    var source = ctx.createMediaStreamSource(stream);
    var analyser = ctx.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    var data = new Float32Array(analyser.fftSize);
    var timer = setInterval(function () {
      analyser.getFloatTimeDomainData(data);
      var sum = 0;
      for (var i = 0; i < data.length; i++) { sum += data[i] * data[i]; }
      var rms = Math.sqrt(sum / data.length);
      var db = 20 * Math.log10(rms + 1e-8);           // about -60 (silence) .. 0 (full scale)
      onLevel(Math.max(0, Math.min(1, (db + 60) / 50)));
    }, 50);
    return function () { clearInterval(timer); source.disconnect(); };
  }

  function pickMime(hasVideo) {
    var candidates = hasVideo
      ? ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm']
      : ['audio/webm;codecs=opus', 'audio/webm'];
    for (var i = 0; i < candidates.length; i++) {
      if (window.MediaRecorder && MediaRecorder.isTypeSupported(candidates[i])) { return candidates[i]; }
    }
    return '';
  }

  /**
   * Records one answer from a stream. start() begins; stop() resolves with {video, wav, seconds}. With
   * wantWav false only the WebM is made (typed answers recorded for the reviewer).
   */
  function Recorder(stream, wantWav) {
    this.stream = stream;
    this.wantWav = wantWav !== false;
    this.chunks = [];
    this.pcm = [];
    this.started = 0;
  }

  Recorder.prototype.start = function () {
    var self = this;
    var hasVideo = this.stream.getVideoTracks().length > 0;
    var mime = pickMime(hasVideo);
    this.mediaRecorder = mime ? new MediaRecorder(this.stream, { mimeType: mime, videoBitsPerSecond: 600000 })
      : new MediaRecorder(this.stream);
    this.mediaRecorder.ondataavailable = function (e) { if (e.data && e.data.size > 0) { self.chunks.push(e.data); } };
    this.mediaRecorder.start(1000);
    if (this.wantWav) {
      var ctx = context();
      this.rate = ctx.sampleRate;
      this.audioStarted = workletReady.then(function () {
        if (self.cancelled) { return; }
        self.source = ctx.createMediaStreamSource(self.stream);
        self.processor = new AudioWorkletNode(ctx, 'pcm-capture', { numberOfInputs: 1, numberOfOutputs: 1,
          channelCount: 1, channelCountMode: 'explicit' });
        self.silent = ctx.createGain();
        self.silent.gain.value = 0; // the node must reach the destination to be run, but nothing is heard
        self.processor.port.onmessage = function (e) {
          if (e.data instanceof Float32Array) { self.pcm.push(e.data); }
        };
        self.source.connect(self.processor);
        self.processor.connect(self.silent);
        self.silent.connect(ctx.destination);
      });
    }
    this.started = Date.now();
  };

  Recorder.prototype.seconds = function () {
    return this.started ? (Date.now() - this.started) / 1000 : 0;
  };

  /**
   * Stops recording; resolves with {video, wav, seconds}. wav is null when only video was wanted, or when the
   * browser could not capture audio for the transcript (no AudioWorklet): the page then offers writing.
   */
  Recorder.prototype.stop = function () {
    var self = this;
    var seconds = this.seconds();
    var audio = this.wantWav ? this.drainAudio() : Promise.resolve(false);
    var video = new Promise(function (resolve) {
      self.mediaRecorder.onstop = function () {
        var type = (self.mediaRecorder.mimeType || 'video/webm').split(';')[0];
        resolve(new Blob(self.chunks, { type: type }));
      };
      if (self.mediaRecorder.state !== 'inactive') { self.mediaRecorder.stop(); } else { self.mediaRecorder.onstop(); }
    });
    return Promise.all([video, audio]).then(function (done) {
      return { video: done[0], wav: done[1] ? encodeWav(self.pcm, self.rate) : null, seconds: seconds };
    });
  };

  /** Asks the worklet for its last partial block, then detaches it; resolves whether audio was captured. */
  Recorder.prototype.drainAudio = function () {
    var self = this;
    return this.audioStarted.then(function () {
      return new Promise(function (resolve) {
        var node = self.processor;
        var done = function () { self.detachAudio(); resolve(true); };
        var fallback = setTimeout(done, 500); // a stalled audio thread must not hold the answer back
        node.port.onmessage = function (e) {
          if (e.data instanceof Float32Array) { self.pcm.push(e.data); }
          else if (e.data === 'stopped') { clearTimeout(fallback); done(); }
        };
        node.port.postMessage('stop');
      });
    }, function () { return false; });
  };

  Recorder.prototype.cancel = function () {
    this.cancelled = true;
    this.detachAudio();
    if (this.mediaRecorder && this.mediaRecorder.state !== 'inactive') {
      this.mediaRecorder.ondataavailable = null;
      this.mediaRecorder.onstop = null;
      this.mediaRecorder.stop();
    }
  };

  Recorder.prototype.detachAudio = function () {
    if (this.processor) {
      this.processor.port.onmessage = null;
      this.source.disconnect();
      this.processor.disconnect();
      this.silent.disconnect();
      this.processor = null;
    }
  };

  /** Float samples at the context's rate -> 16 kHz mono 16-bit PCM WAV. Averaging each window is the low-pass. */
  function encodeWav(chunks, inRate) {
    var total = 0;
    chunks.forEach(function (c) { total += c.length; });
    var input = new Float32Array(total);
    var offset = 0;
    chunks.forEach(function (c) { input.set(c, offset); offset += c.length; });
    var ratio = inRate / TARGET_RATE;
    var outLength = Math.floor(input.length / ratio);
    var buffer = new ArrayBuffer(44 + outLength * 2);
    var view = new DataView(buffer);
    writeString(view, 0, 'RIFF');
    view.setUint32(4, 36 + outLength * 2, true);
    writeString(view, 8, 'WAVE');
    writeString(view, 12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);                 // PCM
    view.setUint16(22, 1, true);                 // mono
    view.setUint32(24, TARGET_RATE, true);
    view.setUint32(28, TARGET_RATE * 2, true);   // byte rate
    view.setUint16(32, 2, true);                 // block align
    view.setUint16(34, 16, true);                // bits per sample
    writeString(view, 36, 'data');
    view.setUint32(40, outLength * 2, true);
    for (var i = 0; i < outLength; i++) {
      var start = Math.floor(i * ratio);
      var end = Math.min(input.length, Math.floor((i + 1) * ratio));
      var sum = 0;
      for (var j = start; j < end; j++) { sum += input[j]; }
      var sample = end > start ? sum / (end - start) : 0;
      sample = Math.max(-1, Math.min(1, sample));
      view.setInt16(44 + i * 2, sample < 0 ? sample * 0x8000 : sample * 0x7FFF, true);
    }
    return new Blob([view], { type: 'audio/wav' });
  }

  function writeString(view, offset, text) {
    for (var i = 0; i < text.length; i++) { view.setUint8(offset + i, text.charCodeAt(i)); }
  }

  window.InterviewCapture = {
    context: context,
    openDevices: openDevices,
    explain: explain,
    meter: meter,
    Recorder: Recorder,
    encodeWav: encodeWav
  };
})();
