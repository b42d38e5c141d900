import type { Socket } from 'node:net';
import type { buildConnector } from 'undici';
import build from 'undici/lib/core/connect.js';

/**
 * undici sockets that do not keep the process alive while a long poll is parked on them. An
 * internal extension's `event/next` lives in the function's own process: were its socket
 * referenced, the event loop would never run empty, and the runtime could not tell a handler that
 * can never settle (`Runtime.HandlerNeverSettled`). undici references a socket whenever a request is
 * pending, so while `polling` is set a socket's `ref` does nothing; other calls (register) keep the
 * process alive as usual.
 */
export class BackgroundSockets {
  readonly #sockets = new Set<Socket>();
  #polling = false;

  /** The connector to give undici's `Client` (its `connect` option). */
  readonly connect: buildConnector.connector;

  constructor() {
    const connect = build({});
    this.connect = (options, callback) =>
      connect(options, (...result) => {
        const socket = result[1];
        if (socket) this.#adopt(socket);
        callback(...result);
      });
  }

  /** Whether a long poll is parked: while true, no socket holds the process. */
  set polling(polling: boolean) {
    this.#polling = polling;
    if (polling) for (const socket of this.#sockets) socket.unref();
  }

  #adopt(socket: Socket): void {
    this.#sockets.add(socket);
    socket.once('close', () => this.#sockets.delete(socket));
    const ref = socket.ref.bind(socket);
    socket.ref = () => (this.#polling ? socket : ref());
    if (this.#polling) socket.unref();
  }
}
