// The small test corpus of the drafting-aid tests: the records of test/fixtures/corpus-small
// (an invented province, "Tỉnh ủy Thử Nghiệm", and its documents — test data, not facts), loaded
// into memory, with evidence as the user's documents would give it.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { idMatchKey, type CorpusIndex, type CorpusRecord, type Evidence } from '../../../server/src/core/index';
import { memoryIndex, ROOT } from '../../helpers/corpus';

export const SMALL_DIR = path.join(ROOT, 'test', 'fixtures', 'corpus-small');

export const SMALL_RECORDS: CorpusRecord[] = (JSON.parse(readFileSync(path.join(SMALL_DIR, 'records.json'), 'utf8')) as { records: CorpusRecord[] }).records;

export function smallIndex(evidence: Record<string, Evidence> = {}, extra: CorpusRecord[] = []): CorpusIndex {
  return memoryIndex([...SMALL_RECORDS, ...extra], new Map(Object.entries(evidence).map(([id, e]) => [idMatchKey(id), e])));
}

export const TEST_SOURCE = [{ title: 'Dữ liệu thử nghiệm của vanban — không phải sự thật' }];
