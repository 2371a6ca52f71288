// `vanban export`: the produced .docx, unzipped and read (document.xml, styles.xml, the page-number
// header), checked against the layout rules row by row — each row names the rule it stands for —
// and the round trip: the exported .docx, checked with `vanban check`, gives the findings of its
// Markdown (same codes, same text, same place in the same paragraph).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';
import { LAYOUTS, type Layout } from '../../server/src/core/index';
import { readDocumentText } from '../../server/src/host/corpus-loader';
import { exportDocx } from '../../server/src/host/export-docx';
import { ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const FULL = path.join(ROOT, 'examples', 'bao-cao-xuat-word.md');
const WITH_ERRORS = path.join(ROOT, 'examples', 'bao-cao-tong-ket-co-loi.md');
const dir = mkdtempSync(path.join(tmpdir(), 'vanban-export-'));

function vanban(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Docx {
  document: string;
  styles: string;
  headers: Record<string, string>;
}

async function unzip(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const headers: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (/^word\/header\d+\.xml$/.test(name)) headers[name] = await read(name);
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), headers };
}

const paragraphs = (xml: string) => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** The paragraph whose text is exactly `text`. */
function para(xml: string, text: string): string {
  const p = paragraphs(xml).find((x) => textOf(x) === text);
  assert.ok(p, `no paragraph "${text}"`);
  return p!;
}
const tables = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const cells = (tbl: string) => tbl.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
const twip = (mm: number) => Math.round(mm * 56.6929);
const half = (pt: number) => String(pt * 2);
const has = (p: string, tag: string) => new RegExp(`<w:${tag}(?: w:val="(?:true|1)")?/>`).test(p);
const size = (p: string) => /<w:sz w:val="(\d+)"\/>/.exec(p)?.[1];
const align = (p: string) => /<w:jc w:val="(\w+)"\/>/.exec(p)?.[1];

/** One row a rule: what the rule says and the check on the .docx. */
type Row = { rule: string; what: string; check: (d: Docx, l: Layout) => void };

const ROWS: Row[] = [
  {
    rule: 'page',
    what: 'A4 and the margins of the rules',
    check: (d, l) => {
      assert.match(d.document, new RegExp(`<w:pgSz w:w="${twip(210)}" w:h="${twip(297)}"`));
      const m = l.page.margins;
      assert.match(d.document, new RegExp(`<w:pgMar w:top="${twip(m.top)}" w:right="${twip(m.right)}" w:bottom="${twip(m.bottom)}" w:left="${twip(m.left)}"`));
    },
  },
  {
    rule: 'font',
    what: 'Times New Roman as the document font, body size',
    check: (d, l) => {
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(d.styles)![0];
      assert.match(defaults, /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
      assert.equal(size(defaults), half(l.styles.body.size));
    },
  },
  {
    rule: 'header',
    what: 'the two-column header is a borderless table: bodies and number left, title and date right',
    check: (d, l) => {
      const t = tables(d.document)[0]!;
      assert.equal((t.match(/<w:gridCol /g) ?? []).length, 2);
      assert.doesNotMatch(t.match(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/)![0], /w:val="single"/);
      const [left, right] = cells(t);
      assert.deepEqual(paragraphs(left!).map(textOf).filter(Boolean), ['ĐẢNG BỘ TỈNH HÀ TĨNH', 'BAN DÂN VẬN TỈNH ỦY', ...(l.header.issuingMark === 'asterisk' ? ['*'] : []), 'Số 45-BC/BDVTU']);
      assert.deepEqual(paragraphs(right!).map(textOf).filter(Boolean), [...l.header.motto, 'Hà Tĩnh, ngày 05 tháng 3 năm 2023']);
    },
  },
  {
    rule: 'styles.issuingBody',
    what: 'issuing body bold; superior body not',
    check: (d, l) => {
      const p = para(d.document, 'BAN DÂN VẬN TỈNH ỦY');
      assert.ok(has(p, 'b'));
      assert.equal(size(p), half(l.styles.issuingBody.size));
      assert.ok(!has(para(d.document, 'ĐẢNG BỘ TỈNH HÀ TĨNH'), 'b'));
    },
  },
  {
    rule: 'header.issuingMark',
    what: 'the asterisk (Party) or a rule line (state) under the issuing body',
    check: (d, l) => {
      const left = cells(tables(d.document)[0]!)[0]!;
      const ruled = paragraphs(left).filter((p) => /<w:bottom w:val="single"/.test(p));
      if (l.header.issuingMark === 'asterisk') assert.equal(ruled.length, 0), assert.ok(paragraphs(left).some((p) => textOf(p) === '*'));
      else assert.equal(ruled.length, 1);
    },
  },
  {
    rule: 'styles.motto',
    what: 'the title line bold at its size, a rule under the last title line',
    check: (d, l) => {
      const p = para(d.document, l.header.motto[0]!);
      assert.ok(has(p, 'b'));
      assert.equal(size(p), half(l.styles.motto.size));
      const right = paragraphs(cells(tables(d.document)[0]!)[1]!);
      const last = right.findIndex((x) => textOf(x) === l.header.motto[l.header.motto.length - 1]);
      assert.match(right[last + 1]!, /<w:bottom w:val="single"/);
    },
  },
  {
    rule: 'styles.placeDate',
    what: 'the place-and-date line in italics',
    check: (d, l) => {
      const p = para(d.document, 'Hà Tĩnh, ngày 05 tháng 3 năm 2023');
      assert.ok(has(p, 'i'));
      assert.equal(size(p), half(l.styles.placeDate.size));
    },
  },
  {
    rule: 'styles.kind',
    what: 'the kind centred, bold, at its size; the subject centred and bold',
    check: (d, l) => {
      const k = para(d.document, 'BÁO CÁO');
      assert.equal(align(k), 'center');
      assert.ok(has(k, 'b'));
      assert.equal(size(k), half(l.styles.kind.size));
      const s = paragraphs(d.document).find((p) => textOf(p).startsWith('Tổng kết 10 năm'))!;
      assert.equal(align(s), 'center');
      assert.ok(has(s, 'b'));
      assert.equal(size(s), half(l.styles.subject.size));
    },
  },
  {
    rule: 'body',
    what: 'body justified, first-line indent and spacing of the rules',
    check: (d, l) => {
      const p = paragraphs(d.document).find((x) => textOf(x).startsWith('Ban Thường vụ Tỉnh ủy đã chỉ đạo'))!;
      assert.equal(align(p), 'both');
      assert.match(p, new RegExp(`<w:ind w:firstLine="${twip(l.body.firstLineIndent)}"/>`));
      assert.match(p, new RegExp(`<w:spacing w:after="${l.body.spacingAfter * 20}" w:line="${Math.round(l.body.lineSpacing * 240)}" w:lineRule="auto"/>`));
      assert.equal(size(p), half(l.styles.body.size));
    },
  },
  {
    rule: 'styles.part',
    what: 'PHẦN and its title centred and bold; I., 1. bold; a) bold italics',
    check: (d) => {
      for (const t of ['PHẦN THỨ NHẤT', 'KẾT QUẢ THỰC HIỆN']) assert.equal(align(para(d.document, t)), 'center'), assert.ok(has(para(d.document, t), 'b'));
      assert.ok(has(para(d.document, 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), 'b'));
      assert.ok(has(para(d.document, '1. Công tác quán triệt, triển khai'), 'b'));
      const a = para(d.document, 'a) Về nhận thức');
      assert.ok(has(a, 'b') && has(a, 'i'));
    },
  },
  {
    rule: 'table',
    what: 'a Markdown table becomes a bordered table with a bold heading row',
    check: (d) => {
      const t = tables(d.document).find((x) => x.includes('Ngày ban hành'))!;
      assert.match(t, /<w:insideH w:val="single"/);
      assert.equal(cells(t).length, 12);
      assert.ok(has(paragraphs(cells(t)[0]!)[0]!, 'b'));
      assert.match(t, /<w:tblHeader\/>/);
    },
  },
  {
    rule: 'closing',
    what: 'Nơi nhận left and the signature right in a borderless table; authority and name bold, centred',
    check: (d, l) => {
      const t = tables(d.document).at(-1)!;
      const [left, right] = cells(t);
      assert.equal(textOf(paragraphs(left!)[0]!), 'Nơi nhận:');
      assert.equal(size(paragraphs(left!)[1]!), half(l.styles.recipients.size));
      const sig = paragraphs(right!);
      assert.deepEqual(sig.map(textOf).filter(Boolean), ['T/M BAN DÂN VẬN TỈNH ỦY', 'TRƯỞNG BAN', '(ký, đóng dấu)', 'Họ và Tên']);
      for (const p of [sig[0]!, sig.at(-1)!]) assert.ok(has(p, 'b')), assert.equal(align(p), 'center');
      // Room for the signature and the seal above the name.
      const gap = sig.length - 1 - sig.findIndex((p) => textOf(p) === '(ký, đóng dấu)') - 1;
      assert.equal(gap, l.closing.signatureGap);
    },
  },
  {
    rule: 'pageNumbers',
    what: 'a PAGE field centred at the top; none on the first page',
    check: (d, l) => {
      const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(d.document)![0];
      assert.equal(/<w:titlePg\/>/.test(sect), !l.pageNumbers.firstPage);
      assert.match(sect, new RegExp(`w:header="${twip(l.pageNumbers.fromEdge)}"`));
      const withField = Object.values(d.headers).filter((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h));
      assert.equal(withField.length, 1);
      assert.equal(align(withField[0]!), 'center');
      const firstId = /<w:headerReference w:type="first" r:id="(\w+)"\/>/.exec(sect)?.[1];
      assert.ok(firstId, 'a first-page header');
      assert.equal(Object.values(d.headers).filter((h) => !/PAGE/.test(h)).length, 1);
    },
  },
];

for (const layout of ['party', 'state'] as const) {
  test(`the .docx follows the ${layout} rules`, async () => {
    const { bytes, model } = await exportDocx(readFileSync(FULL, 'utf8'), { layout });
    assert.equal(model.layout.id, layout);
    const d = await unzip(bytes);
    const l = LAYOUTS[layout];
    for (const row of ROWS) {
      try {
        row.check(d, l);
      } catch (e) {
        const src = row.rule.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], l) as { source?: string } | undefined;
        throw new Error(`${layout} · ${row.what} (${src?.source ?? row.rule}): ${(e as Error).message}`);
      }
    }
  });
}

test('.vanban.json overrides reach the .docx', async () => {
  const { bytes } = await exportDocx(readFileSync(FULL, 'utf8'), { config: { party: { margins: { left: 30 }, styles: { kind: { size: 15 } } } } });
  const d = await unzip(bytes);
  assert.match(d.document, new RegExp(`w:left="${twip(30)}"`));
  assert.equal(size(para(d.document, 'BÁO CÁO')), half(15));
});

/** Findings as `code @ paragraph + offset: covered text`, so positions compare across formats. */
function findings(json: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const d of JSON.parse(json)[0].diagnostics) {
    const line = lines[d.range.start.line]!;
    const paragraph = line.replace(/^[\s#>*_\\]+|[\s*_\\]+$/g, '');
    const lead = line.indexOf(paragraph);
    const end = d.range.end.line === d.range.start.line ? d.range.end.character : line.length;
    out.push(`${d.code} @ "${paragraph.slice(0, 40)}"+${d.range.start.character - lead}: ${line.slice(d.range.start.character, end)}`);
  }
  return out.sort();
}

test('round trip: the exported .docx gives the findings of its Markdown', async () => {
  const out = path.join(dir, 'co-loi.docx');
  const r = vanban('export', WITH_ERRORS, '-o', out, '--today', '2023-03-10');
  assert.equal(r.code, 0, r.err);
  const md = vanban('check', WITH_ERRORS, '--format', 'json', '--today', '2023-03-10');
  const docx = vanban('check', out, '--format', 'json', '--today', '2023-03-10');
  const docxText = await readDocumentText(out);
  assert.ok(!('error' in docxText));
  const a = findings(md.out, readFileSync(WITH_ERRORS, 'utf8'));
  const b = findings(docx.out, 'text' in docxText ? docxText.text : '');
  assert.ok(a.length >= 10, `the example has findings: ${a.length}`);
  assert.deepEqual(b, a);
});

test('CLI: layout named, errors and missing parts warned on stderr, exit 0', () => {
  const out = path.join(dir, 'a.docx');
  const r = vanban('export', WITH_ERRORS, '-o', out, '--today', '2023-03-10');
  assert.equal(r.code, 0, r.err);
  assert.ok(existsSync(out));
  assert.match(r.out, /văn bản của Đảng .*theo tên cơ quan ban hành/);
  assert.match(r.err, /bản thảo còn 3 lỗi, vẫn xuất/);
  assert.match(r.err, /thiếu nơi nhận, khối chữ ký .* no recipients \(Nơi nhận\), signature block/);
});

test('CLI: a clean full draft exports without a warning; default output next to the draft', () => {
  const draft = path.join(dir, 'bao-cao.md');
  writeFileSync(draft, readFileSync(FULL, 'utf8'));
  const r = vanban('export', draft, '--today', '2023-03-10');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  assert.ok(existsSync(path.join(dir, 'bao-cao.docx')));
});

test('CLI: a draft without a header gets the default layout and names every missing part', () => {
  const draft = path.join(dir, 'tho.md');
  writeFileSync(draft, 'Hội nghị đã diễn ra tốt đẹp.\n');
  const r = vanban('export', draft, '--today', '2023-03-10');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /mặc định, vì bản thảo không có tiêu đề/);
  assert.match(r.err, /thiếu tên cơ quan ban hành, số và ký hiệu, địa danh và ngày tháng, tên loại văn bản \(BÁO CÁO…\), trích yếu, nơi nhận, khối chữ ký/);
});

test('CLI: usage errors exit 2 and write nothing', () => {
  const rows: { args: string[]; err: RegExp }[] = [
    { args: ['export'], err: /vanban export DRAFT\.md/ },
    { args: ['export', WITH_ERRORS, '--layout', 'province'], err: /--layout phải là party hoặc state/ },
    { args: ['export', path.join(dir, 'x.md'), '-o', path.join(dir, 'x.md')], err: /không ghi đè bản thảo/ },
  ];
  for (const row of rows) {
    const r = vanban(...row.args);
    assert.equal(r.code, 2, row.args.join(' '));
    assert.match(r.err, row.err);
  }
});
