// Writes the export model (server/src/core/export/model.ts) as a .docx with the `docx` library:
// every size, margin and position comes from the layout data (server/src/core/export/layouts.ts).
// markdown-it and docx are loaded on the first export only, so neither the CLI's `check` nor the
// language server pays for them at start-up.

import { buildExportModel, type ExportModel, type ExportModelOptions, type MarkdownParser, type Run, type TextStyle } from '../core/index';

type Docx = typeof import('docx');

let parser: MarkdownParser | undefined;

/** markdown-it as the model reads drafts: tables on; lists, indented code and setext headings off
 * (a report's "- " and "1. " lines are its own text, and "---" under a line is a rule). */
export async function markdownParser(): Promise<MarkdownParser> {
  if (!parser) {
    const { default: MarkdownIt } = await import('markdown-it');
    parser = new MarkdownIt({ html: true }).disable(['list', 'code', 'lheading']) as unknown as MarkdownParser;
  }
  return parser;
}

export async function buildModel(text: string, opts: ExportModelOptions = {}): Promise<ExportModel> {
  return buildExportModel(text, await markdownParser(), opts);
}

/** The draft as .docx bytes, and the model it came from (layout, missing parts). */
export async function exportDocx(text: string, opts: ExportModelOptions = {}): Promise<{ bytes: Uint8Array; model: ExportModel }> {
  const model = await buildModel(text, opts);
  const docx = await import('docx');
  const doc = render(docx, model);
  const buf = await docx.Packer.toBuffer(doc);
  return { bytes: new Uint8Array(buf), model };
}

const MM = 56.6929; // twips per millimetre
const twip = (mm: number) => Math.round(mm * MM);
const half = (pt: number) => Math.round(pt * 2);
const pt20 = (pt: number) => Math.round(pt * 20); // twips per point

/** Rough width of a line in Times New Roman, millimetres: enough to size a rule "as long as the
 * text" (the rules ask for that, not for a measured length). */
function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.25 : ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? (bold ? 0.72 : 0.68) : 0.47;
  return (em * size * 25.4) / 72;
}

function render(d: Docx, m: ExportModel) {
  const L = m.layout;
  const textW = L.page.width - L.page.margins.left - L.page.margins.right;
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const align = (a: TextStyle['align']) =>
    a === 'center' ? d.AlignmentType.CENTER : a === 'right' ? d.AlignmentType.RIGHT : a === 'justify' ? d.AlignmentType.JUSTIFIED : d.AlignmentType.LEFT;

  const runs = (st: TextStyle, rs: readonly Run[]) =>
    rs.map((r) => new d.TextRun({ text: r.text, size: half(st.size), bold: st.bold || !!r.bold, italics: st.italics || !!r.italics, font: L.font.family }));
  /** A paragraph in a style. */
  const para = (st: TextStyle, rs: readonly Run[], o: { before?: number; after?: number } = {}) =>
    new d.Paragraph({ alignment: align(st.align), children: runs(st, rs), spacing: { before: pt20(o.before ?? 0), after: pt20(o.after ?? 0) } });
  /** A horizontal rule `length` mm long, centred in `width` mm: an empty, tiny paragraph with a bottom
   * border, so the text above keeps its full width. */
  const rule = (length: number, width: number, after = 0, before = 0) => {
    const side = twip(Math.max(0, (width - length) / 2));
    return new d.Paragraph({
      children: [],
      run: { size: 2 },
      spacing: { before: pt20(before), after: pt20(after), line: 40, lineRule: d.LineRuleType.EXACT },
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      indent: { left: side, right: side },
    });
  };
  const t = (text: string): Run[] => [{ text }];
  const cell = (width: number, children: InstanceType<Docx['Paragraph']>[]) =>
    new d.TableCell({ width: { size: twip(width), type: d.WidthType.DXA }, borders: noBorders, children: children.length ? children : [new d.Paragraph({})] });
  const twoColumns = (leftShare: number, left: InstanceType<Docx['Paragraph']>[], right: InstanceType<Docx['Paragraph']>[]) =>
    new d.Table({
      width: { size: twip(textW), type: d.WidthType.DXA },
      columnWidths: [twip(textW * leftShare), twip(textW * (1 - leftShare))],
      layout: d.TableLayoutType.FIXED,
      borders: noBorders,
      rows: [new d.TableRow({ children: [cell(textW * leftShare, left), cell(textW * (1 - leftShare), right)] })],
    });

  // ── Header: issuing body left, title and date right ─────────────────────────────────────────
  const S = L.styles;
  const leftW = textW * L.header.leftColumn;
  const rightW = textW - leftW;
  const left: InstanceType<Docx['Paragraph']>[] = [];
  for (const l of m.header.superior) left.push(para(S.superiorBody, t(l)));
  const issuing = m.header.issuing;
  issuing.forEach((l, i) => {
    const last = i === issuing.length - 1;
    const ruleLen = textWidth(l, S.issuingBody.size, true) * 0.4;
    left.push(para(S.issuingBody, t(l)));
    if (last && L.header.issuingMark === 'rule') left.push(rule(ruleLen, leftW));
  });
  if (L.header.issuingMark === 'asterisk') left.push(para(S.issuingMark, t('*')));
  if (m.header.number) left.push(para(S.number, t(m.header.number), { before: 6 }));

  const right: InstanceType<Docx['Paragraph']>[] = [];
  L.header.motto.forEach((l, i) => {
    const st = i === 0 ? S.motto : S.mottoSecond;
    const last = i === L.header.motto.length - 1;
    right.push(para(st, t(l)));
    if (last && L.header.mottoRule) right.push(rule(textWidth(l, st.size, true), rightW));
  });
  if (m.header.placeDate) right.push(para(S.placeDate, t(m.header.placeDate), { before: 6 }));

  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [twoColumns(L.header.leftColumn, left, right)];

  // ── Kind and subject ────────────────────────────────────────────────────────────────────────
  if (m.header.kind) children.push(para(S.kind, t(m.header.kind), { before: L.spacing.beforeKind }));
  m.header.subject.forEach((l, i) => {
    const last = i === m.header.subject.length - 1;
    children.push(para(S.subject, t(l)));
    if (last) children.push(L.header.subjectRule ? rule(textW / 4, textW, L.spacing.afterSubject, 6) : new d.Paragraph({ spacing: { after: pt20(L.spacing.afterSubject) }, children: [] }));
  });

  // ── Body ────────────────────────────────────────────────────────────────────────────────────
  const lineSpacing = Math.round(L.body.lineSpacing * 240);
  for (const b of m.blocks) {
    if (b.type === 'paragraph') {
      const st = S[b.element];
      const centred = st.align === 'center';
      children.push(
        new d.Paragraph({
          alignment: align(st.align),
          children: runs(st, b.runs),
          spacing: { after: pt20(L.body.spacingAfter), line: lineSpacing, lineRule: d.LineRuleType.AUTO, ...(b.element === 'part' ? { before: pt20(L.spacing.beforeKind) } : {}) },
          ...(centred ? {} : { indent: { firstLine: twip(L.body.firstLineIndent) } }),
          keepNext: b.element !== 'body',
        }),
      );
    } else {
      const cols = Math.max(1, ...b.rows.map((r) => r.length));
      const st = S.table;
      const thin = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
      children.push(
        new d.Table({
          width: { size: twip(textW), type: d.WidthType.DXA },
          columnWidths: Array.from({ length: cols }, () => twip(textW / cols)),
          layout: d.TableLayoutType.FIXED,
          borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
          rows: b.rows.map(
            (r, i) =>
              new d.TableRow({
                tableHeader: i === 0,
                children: Array.from({ length: cols }, (_, c) =>
                  new d.TableCell({
                    width: { size: twip(textW / cols), type: d.WidthType.DXA },
                    children: [
                      new d.Paragraph({
                        alignment: i === 0 ? d.AlignmentType.CENTER : align(st.align),
                        children: (r[c] ?? []).map((x) => new d.TextRun({ text: x.text, size: half(st.size), bold: i === 0 || !!x.bold, italics: !!x.italics, font: L.font.family })),
                      }),
                    ],
                  }),
                ),
              }),
          ),
        }),
      );
      children.push(new d.Paragraph({ spacing: { after: pt20(L.body.spacingAfter) }, children: [] }));
    }
  }

  // ── Closing: Nơi nhận left, signature right ────────────────────────────────────────────────
  if (m.recipients || m.signature) {
    const l: InstanceType<Docx['Paragraph']>[] = [];
    if (m.recipients) {
      l.push(para(S.recipientsLabel, t(m.recipients.label)));
      for (const r of m.recipients.lines) l.push(para(S.recipients, t(r)));
    }
    const r: InstanceType<Docx['Paragraph']>[] = [];
    for (const s of m.signature?.lines ?? []) {
      if (s.role === 'name') for (let i = 0; i < L.closing.signatureGap; i++) r.push(para(S.signatureName, t('')));
      const st = s.role === 'authority' ? (r.length === 0 ? S.signatureAuthority : S.signatureTitle) : s.role === 'note' ? { ...S.signatureTitle, bold: false, italics: true } : S.signatureName;
      r.push(para(st, t(s.text)));
    }
    children.push(new d.Paragraph({ spacing: { before: pt20(L.spacing.beforeClosing) }, children: [] }));
    children.push(twoColumns(L.closing.leftColumn, l, r));
  }

  const pn = S.pageNumber;
  const numberPara = () =>
    new d.Paragraph({
      alignment: L.pageNumbers.position === 'top-center' ? d.AlignmentType.CENTER : d.AlignmentType.RIGHT,
      children: [new d.TextRun({ children: [d.PageNumber.CURRENT], size: half(pn.size), font: L.font.family })],
    });
  const top = L.pageNumbers.position === 'top-center';
  const blank = { first: top ? new d.Header({ children: [new d.Paragraph({})] }) : new d.Footer({ children: [new d.Paragraph({})] }) };
  const place = top
    ? { headers: { default: new d.Header({ children: [numberPara()] }), ...(L.pageNumbers.firstPage ? {} : blank) } }
    : { footers: { default: new d.Footer({ children: [numberPara()] }), ...(L.pageNumbers.firstPage ? {} : blank) } };
  return new d.Document({
    creator: 'vanban',
    title: [m.header.kind, ...m.header.subject].filter(Boolean).join(' ').slice(0, 200),
    styles: { default: { document: { run: { font: L.font.family, size: half(S.body.size) } } } },
    sections: [
      {
        properties: {
          titlePage: !L.pageNumbers.firstPage,
          page: {
            size: { width: twip(L.page.width), height: twip(L.page.height) },
            margin: { top: twip(L.page.margins.top), bottom: twip(L.page.margins.bottom), left: twip(L.page.margins.left), right: twip(L.page.margins.right), header: twip(L.pageNumbers.fromEdge) },
          },
        },
        ...place,
        children,
      },
    ],
  });
}
