// Runs on the audio rendering thread: hands the microphone's samples to the page in blocks of 4096, copied (the
// engine reuses its buffers). Loaded by recorder.js with audioWorklet.addModule, from this origin (the CSP's
// script-src 'self').
class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.block = new Float32Array(4096);
    this.filled = 0;
    this.stopped = false;
    this.port.onmessage = (e) => {
      if (e.data === 'stop') {
        this.flush();
        this.stopped = true;
        this.port.postMessage('stopped');
      }
    };
  }

  flush() {
    if (this.filled > 0) {
      this.port.postMessage(this.block.slice(0, this.filled));
      this.filled = 0;
    }
  }

  process(inputs) {
    if (this.stopped) { return false; }
    const channel = inputs[0] && inputs[0][0];
    if (channel) {
      let i = 0;
      while (i < channel.length) {
        const n = Math.min(channel.length - i, this.block.length - this.filled);
        this.block.set(channel.subarray(i, i + n), this.filled);
        this.filled += n;
        i += n;
        if (this.filled === this.block.length) { this.flush(); }
      }
    }
    return true;
  }
}

registerProcessor('pcm-capture', PcmCapture);
