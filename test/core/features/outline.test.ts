// The Outline view and folding: the report's headings nested by level.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldingSpans, outline, type OutlineNode } from '../../../server/src/core/features/index';
import { read } from '../../../server/src/core/index';

function render(nodes: OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.name}`, ...render(n.children, depth + 1)]);
}

function check(text: string, expected: string[]): void {
  const r = read(text);
  assert.deepEqual(render(outline(r.sections, text)), expected);
  for (const s of foldingSpans(r.sections)) assert.ok(s.end > s.start && s.end <= text.length);
}

const REPORT = `BÁO CÁO
Sơ kết thực hiện (dữ liệu thử nghiệm)

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

1. Công tác quán triệt
a) Ở cấp tỉnh
Nội dung.
b) Ở cơ sở
2. Ban hành văn bản

II. HẠN CHẾ, NGUYÊN NHÂN

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, NHIỆM VỤ

1. Nhiệm vụ trọng tâm
`;

test('PHẦN, I., 1., a) nest; a PHẦN takes its title from the next line; a skipped level nests under the nearest', () =>
  check(REPORT, [
    'PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN',
    '  I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
    '    1. Công tác quán triệt',
    '      a) Ở cấp tỉnh',
    '      b) Ở cơ sở',
    '    2. Ban hành văn bản',
    '  II. HẠN CHẾ, NGUYÊN NHÂN',
    'PHẦN THỨ HAI PHƯƠNG HƯỚNG, NHIỆM VỤ',
    '  1. Nhiệm vụ trọng tâm',
  ]));

test('Markdown headings and CRLF', () =>
  check('## I. KẾT QUẢ\r\n\r\n### 1. Quán triệt\r\n\r\nNội dung.\r\n\r\n## II. HẠN CHẾ\r\n', ['I. KẾT QUẢ', '  1. Quán triệt', 'II. HẠN CHẾ']));

test('a text without headings has no outline', () => check('Các cấp ủy đã quán triệt đầy đủ.\n', []));
