// Shared by the drafting-aid protocol tests: the real server with the small test corpus
// (test/fixtures/corpus-small, an invented province — test data), and a draft of that province.

import { positionOf, startServer, type StartOptions, type TestClient } from '../../helpers/lsp';

export const DRAFT = `TỈNH ỦY THỬ NGHIỆM
BAN DÂN VẬN
\\*
Số 90-BC/BDVTU

*Thử Nghiệm, ngày 10 tháng 6 năm 2024*

BÁO CÁO
Kết quả công tác dân vận (dữ liệu thử nghiệm của vanban)

I. KẾT QUẢ

1. Quán triệt

Tỉnh ủy Thử Nghiệm đã quán triệt Quyết định số 12-QĐ/TU ngày 2/3/2020 của Ban Thường vụ Tỉnh ủy, Báo cáo số 88-BC/BDVTU, Nghị quyết số 29-NQ/TU, Quyết định số 999-QĐ/TU và Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X.

II. HẠN CHẾ

Việc triển khai còn chậm.
`;

export function startWithSmallCorpus(opts: StartOptions = {}): Promise<TestClient> {
  return startServer({ today: '2026-03-05', ...opts, settings: { corpus: { paths: ['corpus-small'] }, ...(opts.settings ?? {}) } });
}

/** The position `delta` characters into the first `needle` (after `nth` others). */
export function at(text: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  const p = positionOf(text, needle, nth);
  return { line: p.line, character: p.character + delta };
}

/** The position at the end of the text. */
export function end(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}
