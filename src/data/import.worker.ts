import { checkImport } from './check-import';
import type { ImportMessage, ImportRequest } from './import-protocol';

// Parsing and checking a big file here keeps the page answering; the page only receives the result.
const post = (message: ImportMessage): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { inputs, current } = event.data;
  void checkImport(inputs, current, {
    onProgress: (progress) => post({ type: 'progress', progress }),
  }).then((result) => post({ type: 'done', result }));
});

post({ type: 'ready' });
