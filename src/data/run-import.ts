import type { ImportInput, ImportProgress, ImportResult } from './check-import';
import type { TypedTables } from './dataset';
import { learnMessages } from './data-message';
import {
  buffersOf,
  joinParts,
  type ImportMessage,
  type ImportRequest,
  type RowsPart,
} from './import-protocol';
import { isWorkbook } from './is-workbook';
import { rememberPolesIndex, type PolesIndex } from './poles-index';
import { nextTask } from '../lib/next-task';

export interface ImportRun {
  readonly result: ImportResult;
  /** Where the files were checked: in a worker, or on the page in small steps when no worker could start. */
  readonly where: 'worker' | 'page';
  /** What was checked: the reader's CSV files, and each workbook's sheets as CSV. */
  readonly checked: readonly ImportInput[];
}

// A worker that has not said it runs after this long is taken as refused (a policy, file://).
const START_TIMEOUT_MS = 5000;

/** Checks on the page, a chunk at a time, giving the page a turn between chunks. */
async function onPage(
  inputs: readonly ImportInput[],
  current: TypedTables,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportRun> {
  const { checkFiles } = await import('./check-files');
  const { result, checked } = await checkFiles(inputs, current, {
    onProgress,
    pause: nextTask,
    chunkSize: 64 * 1024,
  });
  return { result, where: 'page', checked };
}

function startWorker(): Worker | null {
  // The single file opened from file:// may not start workers: it checks on the page instead.
  if (typeof Worker === 'undefined' || window.location.protocol === 'file:') return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The workbooks' bytes go to the worker without a copy: the page keeps the sheets the worker sends back instead. */
function send(worker: Worker, inputs: readonly ImportInput[], current: TypedTables): void {
  const request: ImportRequest = { inputs, current };
  const workbooks = inputs.filter(isWorkbook).flatMap((input) => ('bytes' in input ? [input.bytes] : []));
  worker.postMessage(request, { transfer: buffersOf(workbooks) });
}

/**
 * Reads and checks the reader's files in a worker (loaded now, not with the page), workbooks included, or on the page
 * if none can start.
 */
export function runImport(
  inputs: readonly ImportInput[],
  current: TypedTables,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportRun> {
  const worker = startWorker();
  if (worker === null) return onPage(inputs, current, onProgress);
  // Taken before the workbooks' bytes leave the page.
  const csvFiles = inputs.filter((input) => !isWorkbook(input));
  return new Promise((resolve, reject) => {
    let started = false;
    const fallBack = () => {
      worker.terminate();
      onPage(inputs, current, onProgress).then(resolve, reject);
    };
    const timer = setTimeout(() => {
      if (!started) fallBack();
    }, START_TIMEOUT_MS);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      if (!started) fallBack();
      else {
        worker.terminate();
        reject(new Error(event.message));
      }
    });
    const parts: RowsPart[] = [];
    let index: PolesIndex | undefined;
    worker.addEventListener('message', (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        started = true;
        clearTimeout(timer);
        send(worker, inputs, current);
      } else if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'rows') parts.push(message.part);
      else if (message.type === 'index') index = message.index;
      else {
        worker.terminate();
        if (message.type === 'failed') reject(new Error(message.reason));
        else if (message.type === 'refused') {
          learnMessages(message.messages);
          resolve({ result: { issues: message.issues }, where: 'worker', checked: [] });
        } else {
          const tables = joinParts(parts);
          if (index !== undefined && tables.poles !== undefined) rememberPolesIndex(tables.poles.rows, index);
          resolve({
            result: { tables, replaced: message.replaced },
            where: 'worker',
            checked: [...csvFiles, ...message.sheets],
          });
        }
      }
    });
  });
}
