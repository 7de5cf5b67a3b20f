// A small WASI preview-1 host for running Molt's .wasm modules in the page: arguments, stdout,
// stderr, an empty stdin, clocks, random bytes and exit. Files and sockets are not offered: every
// other import answers ENOSYS, so a module that needs them fails the way it would under a
// sandboxed runtime instead of failing to instantiate.

const ERRNO_SUCCESS = 0;
const ERRNO_BADF = 8;
const ERRNO_INVAL = 28;
const ERRNO_NOSYS = 52;

/** Thrown by proc_exit to unwind out of the module; carries the exit code. */
export class WasiExit extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/**
 * Runs a compiled module's `_start`.
 * @param {WebAssembly.Module} module
 * @param {{args?: string[], stdout?: (text: string) => void, stderr?: (text: string) => void,
 *          now?: () => bigint, randomFill?: (bytes: Uint8Array) => void}} options
 * @returns {Promise<number>} the exit code
 */
export async function runWasi(module, options = {}) {
  const host = new WasiHost(options);
  const instance = await WebAssembly.instantiate(module, host.imports(module));
  host.memory = instance.exports.memory;
  try {
    instance.exports._start();
  } catch (e) {
    if (e instanceof WasiExit) {
      host.flush();
      return e.code;
    }
    host.flush();
    throw e;
  }
  host.flush();
  return 0;
}

export class WasiHost {
  constructor({ args = ['main'], stdout = () => {}, stderr = () => {}, now, randomFill } = {}) {
    this.args = args;
    this.sinks = { 1: stdout, 2: stderr };
    // One decoder per stream: a UTF-8 sequence split across two fd_write calls must not be
    // decoded as two replacement characters.
    this.decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
    this.now = now ?? (() => BigInt(Date.now()) * 1000000n);
    this.randomFill = randomFill ?? ((bytes) => crypto.getRandomValues(bytes));
    this.memory = null;
  }

  view() {
    return new DataView(this.memory.buffer);
  }

  bytes() {
    return new Uint8Array(this.memory.buffer);
  }

  flush() {
    for (const fd of [1, 2]) {
      const tail = this.decoders[fd].decode();
      if (tail) this.sinks[fd](tail);
    }
  }

  /** The import object for a module: the calls below, ENOSYS for any other WASI import. */
  imports(module) {
    const calls = this.calls();
    const wasi = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.module !== 'wasi_snapshot_preview1' || imp.kind !== 'function') continue;
      wasi[imp.name] = calls[imp.name] ?? (() => ERRNO_NOSYS);
    }
    return { wasi_snapshot_preview1: wasi };
  }

  calls() {
    const encoder = new TextEncoder();
    const argBytes = () => this.args.map((a) => encoder.encode(a + '\0'));
    const writeList = (list, ptrs, buf) => {
      const view = this.view();
      const mem = this.bytes();
      let at = buf;
      list.forEach((bytes, i) => {
        view.setUint32(ptrs + 4 * i, at, true);
        mem.set(bytes, at);
        at += bytes.length;
      });
      return ERRNO_SUCCESS;
    };
    const sizes = (list, countPtr, sizePtr) => {
      const view = this.view();
      view.setUint32(countPtr, list.length, true);
      view.setUint32(sizePtr, list.reduce((n, b) => n + b.length, 0), true);
      return ERRNO_SUCCESS;
    };
    return {
      args_sizes_get: (countPtr, sizePtr) => sizes(argBytes(), countPtr, sizePtr),
      args_get: (ptrs, buf) => writeList(argBytes(), ptrs, buf),
      environ_sizes_get: (countPtr, sizePtr) => sizes([], countPtr, sizePtr),
      environ_get: () => ERRNO_SUCCESS,
      clock_res_get: (id, resPtr) => {
        this.view().setBigUint64(resPtr, 1000000n, true);
        return ERRNO_SUCCESS;
      },
      clock_time_get: (id, precision, timePtr) => {
        this.view().setBigUint64(timePtr, this.now(), true);
        return ERRNO_SUCCESS;
      },
      random_get: (ptr, len) => {
        this.randomFill(new Uint8Array(this.memory.buffer, ptr, len));
        return ERRNO_SUCCESS;
      },
      fd_write: (fd, iovs, iovsLen, nwrittenPtr) => {
        const sink = this.sinks[fd];
        if (!sink) return ERRNO_BADF;
        const view = this.view();
        let written = 0;
        for (let i = 0; i < iovsLen; i++) {
          const ptr = view.getUint32(iovs + 8 * i, true);
          const len = view.getUint32(iovs + 8 * i + 4, true);
          const chunk = new Uint8Array(this.memory.buffer, ptr, len);
          const text = this.decoders[fd].decode(chunk, { stream: true });
          if (text) sink(text);
          written += len;
        }
        view.setUint32(nwrittenPtr, written, true);
        return ERRNO_SUCCESS;
      },
      fd_read: (fd, iovs, iovsLen, nreadPtr) => {
        if (fd !== 0) return ERRNO_BADF;
        this.view().setUint32(nreadPtr, 0, true); // stdin is empty: input() sees EOF
        return ERRNO_SUCCESS;
      },
      fd_fdstat_get: (fd, statPtr) => {
        if (fd > 2) return ERRNO_BADF;
        const view = this.view();
        view.setUint8(statPtr, 2); // filetype: character device
        view.setUint16(statPtr + 2, 0, true);
        view.setBigUint64(statPtr + 8, 0n, true);
        view.setBigUint64(statPtr + 16, 0n, true);
        return ERRNO_SUCCESS;
      },
      fd_fdstat_set_flags: (fd) => (fd > 2 ? ERRNO_BADF : ERRNO_SUCCESS),
      fd_close: (fd) => (fd > 2 ? ERRNO_BADF : ERRNO_SUCCESS),
      fd_seek: (fd) => (fd > 2 ? ERRNO_BADF : ERRNO_INVAL), // streams do not seek
      fd_prestat_get: () => ERRNO_BADF, // no preopened directories
      sched_yield: () => ERRNO_SUCCESS,
      proc_exit: (code) => {
        throw new WasiExit(code);
      },
    };
  }
}
