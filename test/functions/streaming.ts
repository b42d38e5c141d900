import { Readable } from 'node:stream';
import { StreamResponse } from 'lambdakit';

export const readable = async () => Readable.from(['a', 'b', 'c']);

export const webStream = async () =>
  new ReadableStream<string>({
    start(controller) {
      controller.enqueue('web-');
      controller.enqueue('stream');
      controller.close();
    },
  });

async function* parts() {
  yield 'hello ';
  await new Promise((r) => setTimeout(r, 5));
  yield Buffer.from('world');
}

export const http = async () =>
  new StreamResponse(parts(), {
    prelude: { statusCode: 201, headers: { 'content-type': 'text/plain' }, cookies: ['a=1'] },
  });

async function* failing() {
  yield 'first chunk;';
  throw new RangeError('the source broke');
}

export const midError = async () => new StreamResponse(failing(), { contentType: 'text/plain' });
