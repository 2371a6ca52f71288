// The Markdown → document model step of `vanban export`: which layout a draft gets and why, how its
// header is split into the two columns, how body lines become PHẦN / I. / 1. / a) headings,
// paragraphs and tables, how the closing is read, and which parts are said to be missing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildExportModel, type ExportModel, type ExportModelOptions } from '../../../server/src/core/index';
import { markdownParser } from '../../../server/src/host/export-docx';

async function check(text: string, opts: ExportModelOptions = {}): Promise<ExportModel> {
  return buildExportModel(text, await markdownParser(), opts);
}

const PARTY_HEAD = 'ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN DÂN VẬN TỈNH ỦY\n\\*\nSố 45-BC/BDVTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n*Hà Tĩnh, ngày 05 tháng 3 năm 2023*\n\nBÁO CÁO\nTổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW\n\n';
const STATE_HEAD =
  'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ   Độc lập - Tự do - Hạnh phúc\nSố: 12/BC-SNV\n\nHà Tĩnh, ngày 05 tháng 3 năm 2023\n\nBÁO CÁO\nKết quả công tác năm 2022\n\n';

const layoutRows: { name: string; text: string; opts?: ExportModelOptions; layout: 'party' | 'state'; reason: string }[] = [
  { name: 'Party title line', text: PARTY_HEAD + 'Nội dung.\n', layout: 'party', reason: 'motto' },
  { name: 'state motto, two columns on a line', text: STATE_HEAD + 'Nội dung.\n', layout: 'state', reason: 'motto' },
  { name: 'no title line, a Party body', text: 'ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN DÂN VẬN TỈNH ỦY\nSố 45-BC/BDVTU\n\nBÁO CÁO\nVề việc X\n\nNội dung.\n', layout: 'party', reason: 'issuing-body' },
  { name: 'no title line, a state body', text: 'ỦY BAN NHÂN DÂN HUYỆN A\nSố: 3/BC-UBND\n\nBÁO CÁO\nVề việc X\n\nNội dung.\n', layout: 'state', reason: 'issuing-body' },
  { name: 'the option wins over the header', text: PARTY_HEAD + 'Nội dung.\n', opts: { layout: 'state' }, layout: 'state', reason: 'option' },
  { name: 'no header: the configured default', text: 'Chỉ có nội dung.\n', opts: { config: { defaultLayout: 'state' } }, layout: 'state', reason: 'config' },
  { name: 'no header, no config: Party', text: 'Chỉ có nội dung.\n', layout: 'party', reason: 'default' },
];

test('layout: from the option, the title line, the issuing body, the config, or the default', async () => {
  for (const r of layoutRows) {
    const m = await check(r.text, r.opts);
    assert.equal(m.layout.id, r.layout, r.name);
    assert.equal(m.layoutReason, r.reason, r.name);
  }
});

test('header: superior and issuing body, number, date line, kind and subject; the title line is the layout’s', async () => {
  const rows: { name: string; text: string; header: ExportModel['header'] }[] = [
    {
      name: 'Party',
      text: PARTY_HEAD + 'Nội dung.\n',
      header: {
        superior: ['ĐẢNG BỘ TỈNH HÀ TĨNH'],
        issuing: ['BAN DÂN VẬN TỈNH ỦY'],
        number: 'Số 45-BC/BDVTU',
        placeDate: 'Hà Tĩnh, ngày 05 tháng 3 năm 2023',
        kind: 'BÁO CÁO',
        subject: ['Tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW'],
      },
    },
    {
      name: 'state, two columns split on runs of spaces',
      text: STATE_HEAD + 'Nội dung.\n',
      header: {
        superior: ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH'],
        issuing: ['SỞ NỘI VỤ'],
        number: 'Số: 12/BC-SNV',
        placeDate: 'Hà Tĩnh, ngày 05 tháng 3 năm 2023',
        kind: 'BÁO CÁO',
        subject: ['Kết quả công tác năm 2022'],
      },
    },
    { name: 'no header at all', text: 'Hội nghị đã diễn ra.\n', header: { superior: [], issuing: [], number: null, placeDate: null, kind: null, subject: [] } },
  ];
  for (const r of rows) assert.deepEqual((await check(r.text)).header, r.header, r.name);
});

const blocks = async (body: string) =>
  (await check(PARTY_HEAD + body)).blocks.map((b) => (b.type === 'paragraph' ? `${b.element}: ${b.runs.map((r) => r.text).join('')}` : `table ${b.rows.length}×${b.rows[0]?.length}`));

test('body: headings by their numbering, not by Markdown alone; list lines stay the writer’s text', async () => {
  const rows: { name: string; body: string; want: string[] }[] = [
    { name: 'PHẦN and its title in one paragraph', body: 'PHẦN THỨ NHẤT\nKẾT QUẢ\n', want: ['part: PHẦN THỨ NHẤT', 'partTitle: KẾT QUẢ'] },
    { name: 'PHẦN and its title as Markdown headings', body: '# Phần I\n\n# KẾT QUẢ\n', want: ['part: Phần I', 'partTitle: KẾT QUẢ'] },
    { name: 'roman, arabic, letter', body: 'I. CÔNG TÁC\n\n1. Quán triệt\n\na) Nhận thức\n', want: ['roman: I. CÔNG TÁC', 'arabic: 1. Quán triệt', 'letter: a) Nhận thức'] },
    { name: 'a numbered sentence is body text', body: '1. Các cấp ủy đã quán triệt, triển khai.\n', want: ['body: 1. Các cấp ủy đã quán triệt, triển khai.'] },
    { name: 'a Markdown heading without numbering takes its level', body: '## Kết quả chung\n', want: ['roman: Kết quả chung'] },
    { name: 'soft breaks join a paragraph', body: 'Dòng một\ntiếp dòng hai.\n', want: ['body: Dòng một tiếp dòng hai.'] },
    { name: 'dash lines are paragraphs of their own', body: 'Kết quả:\n- ý một;\n- ý hai.\n', want: ['body: Kết quả:', 'body: - ý một;', 'body: - ý hai.'] },
    { name: 'a Markdown table', body: '| A | B |\n| --- | --- |\n| 1 | 2 |\n', want: ['table 2×2'] },
    { name: 'an HTML comment (disable comment) is not text', body: '<!-- vanban-disable date-format -->\n\nNội dung.\n', want: ['body: Nội dung.'] },
  ];
  for (const r of rows) assert.deepEqual(await blocks(r.body), r.want, r.name);
});

test('body: emphasis is kept as runs', async () => {
  const m = await check(PARTY_HEAD + 'Đạt **kết quả** và *ghi nhận*.\n');
  const b = m.blocks[0]!;
  assert.equal(b.type, 'paragraph');
  if (b.type === 'paragraph') assert.deepEqual(b.runs, [{ text: 'Đạt ' }, { text: 'kết quả', bold: true }, { text: ' và ' }, { text: 'ghi nhận', italics: true }, { text: '.' }]);
});

test('closing: Nơi nhận beside the signature; a draft without them says so', async () => {
  const closing = '**Nơi nhận:**\n- Thường trực Tỉnh ủy,\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n(đã ký)\n\nNguyễn Văn An\n';
  const rows: { name: string; body: string; recipients: string[] | null; signature: string[] | null; lastBlock: string }[] = [
    {
      name: 'recipients then signature',
      body: 'Nội dung cuối.\n\n' + closing,
      recipients: ['- Thường trực Tỉnh ủy,', '- Lưu VP.'],
      signature: ['authority T/M BAN THƯỜNG VỤ', 'authority PHÓ BÍ THƯ', 'note (đã ký)', 'name Nguyễn Văn An'],
      lastBlock: 'body: Nội dung cuối.',
    },
    {
      name: 'two columns on one line (plain text)',
      body: 'Nội dung cuối.\n\nNơi nhận:        T/M BAN THƯỜNG VỤ\n- Như trên;      BÍ THƯ\n- Lưu.\n\n                 Trần Văn B\n',
      recipients: ['- Như trên;', '- Lưu.'],
      signature: ['authority T/M BAN THƯỜNG VỤ', 'authority BÍ THƯ', 'name Trần Văn B'],
      lastBlock: 'body: Nội dung cuối.',
    },
    { name: 'a body that ends in a short line is not a signature', body: 'Nội dung.\n\nTrân trọng cảm ơn.\n', recipients: null, signature: null, lastBlock: 'body: Trân trọng cảm ơn.' },
    {
      name: 'a title above a name, without T/M',
      body: 'Nội dung cuối.\n\nBÍ THƯ\n\nNguyễn Văn An\n',
      recipients: null,
      signature: ['authority BÍ THƯ', 'name Nguyễn Văn An'],
      lastBlock: 'body: Nội dung cuối.',
    },
    { name: 'a web page’s tail is not a signature', body: 'Nội dung cuối.\n\nTIN LIÊN QUAN\nCùng chuyên mục\nĐọc thêm\n', recipients: null, signature: null, lastBlock: 'body: TIN LIÊN QUAN Cùng chuyên mục Đọc thêm' },
    { name: 'capitals and a product name are not a signature', body: 'Nội dung cuối.\n\nCÁC TIN KHÁC\n\nAndroid APK\n', recipients: null, signature: null, lastBlock: 'body: Android APK' },
  ];
  for (const r of rows) {
    const m = await check(PARTY_HEAD + r.body);
    assert.deepEqual(m.recipients?.lines ?? null, r.recipients, r.name);
    assert.deepEqual(m.signature?.lines.map((l) => `${l.role} ${l.text}`) ?? null, r.signature, r.name);
    const last = m.blocks[m.blocks.length - 1]!;
    assert.equal(last.type === 'paragraph' ? `${last.element}: ${last.runs.map((x) => x.text).join('')}` : 'table', r.lastBlock, r.name);
  }
});

test('missing parts are named, never silently dropped', async () => {
  const rows: { name: string; text: string; missing: string[] }[] = [
    { name: 'a full report', text: PARTY_HEAD + 'Nội dung.\n\nNơi nhận:\n- Lưu.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n', missing: [] },
    { name: 'header without closing', text: PARTY_HEAD + 'Nội dung.\n', missing: ['recipients', 'signature'] },
    { name: 'nothing but text', text: 'Nội dung.\n', missing: ['issuingBody', 'number', 'placeDate', 'kind', 'subject', 'recipients', 'signature'] },
  ];
  for (const r of rows) assert.deepEqual((await check(r.text)).missing, r.missing, r.name);
});

test('Windows line ends and decomposed letters give the model of the plain draft', async () => {
  const text = PARTY_HEAD + 'PHẦN THỨ NHẤT\nKẾT QUẢ\n\nNội dung.\n\nNơi nhận:\n- Lưu.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n';
  const plain = await check(text);
  const crlf = await check(text.replace(/\n/g, '\r\n'));
  assert.deepEqual({ ...crlf, layout: crlf.layout.id }, { ...plain, layout: plain.layout.id });
  // NFD (as some Mac and Word pastes carry it): the same model, written in composed letters.
  const nfd = await check(text.normalize('NFD'));
  assert.deepEqual({ ...nfd, layout: nfd.layout.id }, { ...plain, layout: plain.layout.id });
});
