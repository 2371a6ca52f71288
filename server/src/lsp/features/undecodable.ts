// A document the editor could not decode: VS Code opens a TCVN3, VNI or Windows-1258 file as
// UTF-8 by default and shows "�" where the legacy bytes were. Checking that text would report
// false errors and miss real ones, so it is not checked; one diagnostic at the top says why and
// how to fix it (reopen with the right encoding, or convert the file).

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A replacement character next to a letter: a legacy byte inside a word, not a stray symbol. */
const GARBLED = /[\p{L}\p{M}]\uFFFD|\uFFFD[\p{L}\p{M}]/u;

export const UNDECODABLE_CODE = 'text-undecodable';

/** The notice for a mis-decoded document, or null when its text can be checked. */
export function undecodableNotice(doc: TextDocument): Diagnostic | null {
  const text = doc.getText();
  // Most texts hold no replacement character at all: one indexOf, not the expression over every
  // letter (a millisecond of each push on a 250 KB report).
  if (!text.includes('\uFFFD')) return null;
  const at = text.search(GARBLED);
  if (at < 0) return null;
  const start = doc.positionAt(at);
  return {
    range: { start, end: { line: start.line, character: start.character + 2 } },
    severity: DiagnosticSeverity.Warning,
    code: UNDECODABLE_CODE,
    source: 'vanban',
    message:
      'vanban KHÔNG kiểm tra tài liệu này: có ký tự không giải mã được (�), có thể tệp dùng bảng mã TCVN3, VNI hoặc Windows-1258. ' +
      'Hãy mở lại với đúng bảng mã (Reopen with Encoding) hoặc chuyển sang UTF-8: vanban convert TỆP -o TỆP.md / ' +
      'vanban is NOT checking this document: it has characters that could not be decoded (�); the file may be in TCVN3, VNI or Windows-1258. ' +
      'Reopen it with the right encoding or convert it to UTF-8: vanban convert FILE -o FILE.md',
  };
}
