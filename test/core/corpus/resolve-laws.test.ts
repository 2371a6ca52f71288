// Laws, codes and the Constitution cited by name resolve to the text meant: with a year, the text
// passed that year; without one, the text in force on the report's date (which depends on when
// each text took effect, not when it was passed). Names are matched with diacritics and case
// folded, and the short names writers use (aliases) are accepted.
//
// The reader that turns "theo Luật Đất đai năm 2024" into a named citation is being built
// elsewhere; until it lands these rows build the Citation by hand, as the reader will.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyze, read, resolveOptions, RULE_CODES, type Citation, type CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const NO_SPAN = { start: 0, end: 0 };

/** What each citation of a whole text resolves to, analysed on 2026-12-01 with every rule (the links between citations too). */
function analysedIds(text: string): (string | null)[] {
  const { options } = resolveOptions(undefined, RULE_CODES);
  return analyze(text, corpus, options, '2026-12-01').resolutions.map((r) => r?.entry.record.id ?? null);
}

/** A named citation as the reader produces it: kind word, name, the year written with the name. */
function named(kind: string, name: string | null, year: number | null, dateIso: string | null = null): Citation {
  const [y, m, d] = dateIso ? dateIso.split('-').map(Number) : [null, null, null];
  return {
    span: NO_SPAN, fullSpan: NO_SPAN, style: 'named', kind, kindSpan: NO_SPAN, kindWritten: true, number: null, symbol: null, id: null, idText: null, idSpan: null,
    malformed: null, typeCode: null, issuerCode: null, idYear: null,
    date: dateIso ? ({ span: NO_SPAN, day: d, month: m, year: y, iso: dateIso } as unknown as Citation['date']) : null,
    dateShared: false, issuer: null, term: null, subject: null, named: { kind: 'law', plenum: null, term: null, year }, list: -1,
    name: name === null ? null : { text: name, span: NO_SPAN },
  };
}

interface Row {
  kind: string;
  name: string | null;
  year: number | null;
  date?: string;
  report: string;
  /** Expected record id, or null when the corpus must not resolve it. */
  id: string | null;
  certainty?: 'exact' | 'probable';
  mismatch?: { field: 'name' | 'year'; written: string; recorded: string };
}

const rows: Row[] = [
  // With a year: the text passed that year.
  { kind: 'Luật', name: 'Đất đai', year: 2024, report: '2026-03-05', id: '31/2024/QH15', certainty: 'exact' },
  { kind: 'Luật', name: 'Đất đai', year: 2013, report: '2026-03-05', id: '45/2013/QH13', certainty: 'exact' },
  { kind: 'Luật', name: 'đất đai', year: 2003, report: '2026-03-05', id: '13/2003/QH11', certainty: 'exact' },
  { kind: 'Luật', name: 'DAT DAI', year: 2024, report: '2026-03-05', id: '31/2024/QH15', certainty: 'exact' },
  { kind: 'Luật', name: 'Thi đua, khen thưởng', year: 2022, report: '2023-05-05', id: '06/2022/QH15', certainty: 'exact' },
  { kind: 'Hiến pháp', name: null, year: 2013, report: '2026-03-05', id: 'Hiến pháp năm 2013', certainty: 'exact' },
  { kind: 'Hiến pháp', name: 'nước Cộng hòa xã hội chủ nghĩa Việt Nam', year: 1992, report: '2026-03-05', id: 'Hiến pháp năm 1992', certainty: 'exact' },
  // A full date chooses too.
  { kind: 'Luật', name: 'Tố cáo', year: null, date: '2018-06-12', report: '2026-03-05', id: '25/2018/QH14', certainty: 'exact' },
  // A year in which no such law was passed, but one was in force: that one, with the year as a mismatch.
  { kind: 'Luật', name: 'Đất đai', year: 2016, report: '2026-03-05', id: '45/2013/QH13', certainty: 'probable', mismatch: { field: 'year', written: '2016', recorded: '2013' } },
  // A year in which the law that replaced one of the name was passed, under a longer name beginning with the one written:
  // that law (55/2024/QH15 "Phòng cháy, chữa cháy và cứu nạn, cứu hộ" replaced 27/2001/QH10); the year it took effect names
  // it too, with the year as a mismatch. The year of an amendment of the old law still finds the old one.
  { kind: 'Luật', name: 'Phòng cháy, chữa cháy', year: 2024, report: '2025-03-10', id: '55/2024/QH15', certainty: 'probable' },
  { kind: 'Luật', name: 'phòng cháy chữa cháy', year: 2025, report: '2026-03-10', id: '55/2024/QH15', certainty: 'probable', mismatch: { field: 'year', written: '2025', recorded: '2024' } },
  { kind: 'Luật', name: 'Phòng cháy và chữa cháy', year: 2013, report: '2020-03-10', id: '27/2001/QH10', certainty: 'probable', mismatch: { field: 'year', written: '2013', recorded: '2001' } },
  // …the land law of 1993 for 1999 (replaced by the 2003 law on 1/7/2004; round 134);
  { kind: 'Luật', name: 'Đất đai', year: 1999, report: '2026-03-05', id: '24-L/CTN', certainty: 'probable', mismatch: { field: 'year', written: '1999', recorded: '1993' } },
  // …and a year when none was in force (the first fire law, 27/2001/QH10, was passed in 2001): unknown.
  { kind: 'Luật', name: 'Phòng cháy và chữa cháy', year: 1995, report: '2020-03-10', id: null },
  // An alias with its year ("Luật Bầu cử năm 2015") is found by its name read apart from the year, and
  // the year or the report's date chooses as for a name: the short name of the 2015 election law,
  // never in a report before it (the outside set's commune election plans cite "Luật Bầu cử").
  { kind: 'Luật', name: 'Bầu cử', year: 2015, report: '2026-01-10', id: '85/2015/QH13', certainty: 'exact' },
  { kind: 'Luật', name: 'Bầu cử', year: null, report: '2026-01-10', id: '85/2015/QH13', certainty: 'exact' },
  { kind: 'Luật', name: 'Bầu cử', year: null, report: '2011-03-01', id: null },
  // Without the second "đại biểu", as news writes it (eighty-first outside probe: cut at "và Hội", unresolved).
  { kind: 'Luật', name: 'bầu cử đại biểu Quốc hội và Hội đồng nhân dân', year: null, report: '2026-01-30', id: '85/2015/QH13', certainty: 'exact' },
  // No year: the text in force on the report's date, by effective dates.
  { kind: 'Luật', name: 'Đất đai', year: null, report: '2026-03-05', id: '31/2024/QH15', certainty: 'exact' },
  { kind: 'Luật', name: 'Đất đai', year: null, report: '2020-05-01', id: '45/2013/QH13', certainty: 'exact' },
  { kind: 'Luật', name: 'Đất đai', year: null, report: '2010-05-01', id: '13/2003/QH11', certainty: 'exact' },
  // Passed 15/6/2022 but in force only from 1/1/2024: a 2023 report means the 2003 law.
  { kind: 'Luật', name: 'Thi đua, khen thưởng', year: null, report: '2023-05-05', id: '15/2003/QH11', certainty: 'exact' },
  { kind: 'Luật', name: 'Thi đua, khen thưởng', year: null, report: '2024-05-05', id: '06/2022/QH15', certainty: 'exact' },
  // A law passed after the report is not the one it names: the law of 2018 in force in a text of 19/11/2025, not
  // 116/2025/QH15 of 10/12/2025 (fifteenth outside probe, when the gazette layer knew the new law by its year only and
  // the choice was only probable; exact since corpus round 149 gave it its day).
  { kind: 'Luật', name: 'An ninh mạng', year: null, report: '2025-11-19', id: '24/2018/QH14', certainty: 'exact' },
  { kind: 'Luật', name: 'Nhà giáo', year: null, report: '2025-09-01', id: '73/2025/QH15', certainty: 'probable' },
  // A name's year after the text's: a slip ("… 2027" for 2007; forty-first session's probe 403), never the law in force then.
  { kind: 'Luật', name: 'Thuế thu nhập cá nhân', year: 2027, report: '2025-09-30', id: null },
  { kind: 'Luật', name: 'Thuế thu nhập cá nhân', year: 2007, report: '2025-09-30', id: '04/2007/QH12', certainty: 'exact' },
  { kind: 'Luật', name: 'Nhà giáo', year: null, report: '2026-09-01', id: '73/2025/QH15', certainty: 'exact' },
  // Never a law that had not taken effect on the report's date: the law of 22/6/2015 took effect on
  // 1/7/2016 (sixteenth outside probe: unknown while the corpus lacked the law of 2008, in force until then).
  { kind: 'Luật', name: 'Ban hành văn bản quy phạm pháp luật', year: null, report: '2015-07-24', id: '17/2008/QH12', certainty: 'exact' },
  { kind: 'Luật', name: 'Ban hành văn bản quy phạm pháp luật', year: null, report: '2016-09-01', id: '80/2015/QH13', certainty: 'exact' },
  { kind: 'Hiến pháp', name: null, year: null, report: '2026-03-05', id: 'Hiến pháp năm 2013', certainty: 'exact' },
  // 136/2025/QH15 amends the Luật Tiếp công dân, Luật Khiếu nại and Luật Tố cáo: it is no Luật
  // Tố cáo (the spot check of 2026-12-19 found it recorded under that name), so the 2018 law is
  // the one in force, and no Luật Tố cáo was passed in 2025.
  { kind: 'Luật', name: 'Tố cáo', year: null, report: '2026-03-05', id: '25/2018/QH14', certainty: 'exact' },
  { kind: 'Luật', name: 'Tố cáo', year: 2025, report: '2026-03-05', id: '25/2018/QH14', certainty: 'probable', mismatch: { field: 'year', written: '2025', recorded: '2018' } },
  // The chain 77/2015 → 65/2025 (1/3/2025, read since corpus round 151) → 72/2025 (16/6/2025) leaves one law in force: exact.
  // (Only probable while the first link was unverified.)
  { kind: 'Luật', name: 'Tổ chức chính quyền địa phương', year: null, report: '2026-03-05', id: '72/2025/QH15', certainty: 'exact' },
  { kind: 'Luật', name: 'Tổ chức chính quyền địa phương', year: null, report: '2020-03-05', id: '77/2015/QH13', certainty: 'exact' },
  // Short names writers use (aliases), with the kind word.
  { kind: 'Luật', name: 'MTTQ Việt Nam', year: null, report: '2026-03-05', id: '75/2015/QH13', certainty: 'exact' },
  { kind: 'Luật', name: 'Tổ chức HĐND và UBND', year: null, report: '2010-03-05', id: '11/2003/QH11', certainty: 'exact' },
  // A gazette-mined law, by the name its căn cứ lines give.
  { kind: 'Luật', name: 'Tổ chức Chính phủ', year: 2025, report: '2026-03-05', id: '63/2025/QH15', certainty: 'exact' },
  // Names the corpus does not know, or the wrong kind word.
  { kind: 'Luật', name: 'Không có thật', year: 2020, report: '2026-03-05', id: null },
  { kind: 'Pháp lệnh', name: 'Đất đai', year: 2013, report: '2026-03-05', id: null },
];

for (const r of rows) {
  const label = `${r.kind} ${r.name ?? ''}${r.year ? ` năm ${r.year}` : ''}${r.date ? ` ngày ${r.date}` : ''} in a report of ${r.report}`;
  test(`law by name: ${label} → ${r.id ?? 'unknown'}`, () => {
    const res = corpus.resolve(named(r.kind, r.name, r.year, r.date ?? null), { reportDate: r.report, province: null });
    assert.equal(res?.entry.record.id ?? null, r.id);
    if (r.certainty) assert.equal(res?.certainty, r.certainty);
    assert.deepEqual(res?.mismatch, r.mismatch);
  });
}

// Numbered laws resolve by number (the reader already gives these); the name written with the
// number must be the record's.
const numbered: { text: string; id: string; mismatch?: { field: 'name'; written: string; recorded: string } }[] = [
  { text: 'Căn cứ Luật Đất đai số 45/2013/QH13;', id: '45/2013/QH13' },
  { text: 'Căn cứ Luật Khiếu nại số 02/2011/QH13;', id: '02/2011/QH13' },
  { text: 'Căn cứ Luật Khiếu nại số 45/2013/QH13;', id: '45/2013/QH13', mismatch: { field: 'name', written: 'Khiếu nại', recorded: 'Đất đai' } },
  { text: 'Căn cứ Luật Tổ chức Chính quyền địa phương số 72/2025/QH15;', id: '72/2025/QH15' },
];
for (const n of numbered)
  test(`numbered law: ${n.text}`, () => {
    const c = read(n.text).citations[0]!;
    const res = corpus.resolve(c, { reportDate: '2026-03-05', province: null });
    assert.equal(res?.entry.record.id, n.id);
    assert.deepEqual(res?.mismatch, n.mismatch);
  });

// Gazette forms that are not mismatches: an amending law read with the name of the law it amends,
// a stray "số" before the name.
for (const text of [
  'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện số 09/2022/QH15;',
  '1. Luật số Khí tượng thủy văn số 90/2015/QH13 được sửa đổi',
])
  test(`no name mismatch: ${text}`, () => {
    const c = read(text).citations.find((x) => x.id)!;
    const res = corpus.resolve(c, { reportDate: '2026-03-05', province: null });
    assert.ok(res, 'resolved');
    assert.equal(res.mismatch, undefined);
  });

// Luật Cán bộ, công chức: 22/2008/QH12 until the 2025 law took effect on 1/7/2025 (a reported
// link: the corpus resolves to the new law in a later report, but only a reported replacement).
for (const [report, id] of [['2025-06-30', '22/2008/QH12'], ['2025-07-01', '80/2025/QH15']] as const)
  test(`Luật Cán bộ, công chức in a report of ${report} → ${id}`, () => {
    const res = corpus.resolve(named('Luật', 'Cán bộ, công chức', null), { reportDate: report, province: null });
    assert.equal(res?.entry.record.id, id);
  });

test('a law\'s bare name after the same law cited with its date or number is that law; after one the corpus cannot match, the corpus\'s own (32nd outside probe)', async () => {
  const { analyze, resolveOptions, RULE_CODES } = await import('../../../server/src/core/index');
  const { options } = resolveOptions({ reportDate: '2023-12-31' }, RULE_CODES);
  const ids = (text: string) => analyze(text, corpus, options, '2026-11-23').resolutions.map((r) => r?.entry.record.id ?? null);
  // In Nghị định 98/2023 (31/12/2023), before the law of 2022 took effect: the bare name is still the 2022 law.
  assert.deepEqual(ids('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nNghị định này quy định chi tiết Luật Thi đua, khen thưởng.'), ['06/2022/QH15', '06/2022/QH15']);
  assert.deepEqual(ids('Theo Luật Đất đai số 31/2024/QH15.\n\nThực hiện Luật Đất đai, các xã đã rà soát.'), ['31/2024/QH15', '31/2024/QH15']);
  // A year off with the law's own day and month (the law of 25/6/2015 written "2014"): that law, its year slipped (told
  // by citation-date-mismatch since the ninety-first outside probe), and its bare name the law in force.
  assert.deepEqual(ids('Căn cứ Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2014;\n\nTheo Luật An toàn, vệ sinh lao động.'), ['84/2015/QH13', '84/2015/QH13']);
});

// Every law, code and ordinance of the bundled corpus, cited as writers cite it in a căn cứ ("Căn cứ Luật
// <name> năm <year>;"), is read whole and resolves to a record of that name and year: a name the reader cuts
// at a word that usually ends one ("Luật Chuyển đổi" for "… số"; twelfth session) resolves to nothing. Amending
// laws are named by their title and read by their own path; two records may share a name and a year (the two
// local-government laws of 2025), so the check is the name and the year, not the id.
test('every law of the bundled corpus, cited by its name and year, is read whole and resolves to it', async () => {
  const { analyze, resolveOptions, RULE_CODES } = await import('../../../server/src/core/index');
  const laws = corpus.directives
    .map((e) => e.record)
    .filter((r) => /^(Luật|Bộ luật|Pháp lệnh)$/u.test(r.kind) && r.name && /^(?:19|20)\d\d/u.test(r.date ?? '') && !/^sửa đổi/iu.test(r.name));
  assert.ok(laws.length > 150, `${laws.length} laws`);
  const text = laws.map((r) => `Căn cứ ${r.kind} ${r.name} năm ${r.date!.slice(0, 4)};`).join('\n');
  const { options } = resolveOptions(undefined, RULE_CODES);
  const a = analyze(text, corpus, options, '2026-11-23');
  const firstOfLine = new Map<number, number>();
  a.reading.citations.forEach((c, i) => {
    const line = text.slice(0, c.span.start).split('\n').length - 1;
    if (!firstOfLine.has(line)) firstOfLine.set(line, i);
  });
  const wrong = laws.flatMap((r, line) => {
    const i = firstOfLine.get(line);
    const got = i === undefined ? null : a.resolutions[i]?.entry.record;
    const fits = got && got.name?.toLowerCase() === r.name!.toLowerCase() && got.date?.slice(0, 4) === r.date!.slice(0, 4);
    return fits ? [] : [`${r.kind} ${r.name} ${r.date} → ${i === undefined ? 'not read' : `${text.slice(a.reading.citations[i]!.span.start, a.reading.citations[i]!.span.end)} → ${got?.id ?? 'nothing'}`}`];
  });
  assert.deepEqual(wrong, []);
});

test('a law named by its initials is the one law whose name they spell (seventy-first outside probe)', () => {
  const ids = (text: string) => read(text).citations.map((c) => corpus.resolve(c, { reportDate: '2026-11-23', province: null })?.entry.record.id ?? null);
  assert.deepEqual(ids('Luật BVMT năm 2020 quy định rõ trách nhiệm của cộng đồng dân cư.'), ['72/2020/QH14']);
  assert.deepEqual(ids('Tuyên truyền Luật PBGDPL năm 2012 đến cán bộ, nhân dân.'), ['14/2012/QH13']);
  assert.deepEqual(ids('Triển khai Luật PCTT năm 2013.'), ['33/2013/QH13']);
  // Initials no law's name spells, and two letters, name nothing.
  assert.deepEqual(ids('Triển khai Luật QWXZ năm 2013.'), [null]);
  assert.deepEqual(ids('Triển khai Luật ĐĐ năm 2013.'), [null]);
});

test('a law read from the words of its text, as writers abbreviate and count them', () => {
  const ids = (text: string) => read(text).citations.map((c) => corpus.resolve(c, { reportDate: '2026-11-23', province: null })?.entry.record.id ?? null);
  // "SĐ, BS" for the amending words and the amended laws by their initials (hundred-and-thirty-first outside probe): the
  // amending law of 2019, then the two laws it amends.
  assert.deepEqual(ids('Luật SĐ, BS một số điều của Luật CBCC và Luật Viên chức 2019 quy định việc tuyển dụng.'), ['52/2019/QH14', '22/2008/QH12', '58/2010/QH12']);
  assert.deepEqual(ids('Luật sửa đổi, bổ sung một số điều của Luật CBCC và Luật Viên chức 2019 quy định.'), ['52/2019/QH14', '22/2008/QH12', '58/2010/QH12']);
  // The law amending 37 laws, named by their count (hundred-and-thirty-second).
  assert.deepEqual(ids('Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017; Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;'), ['21/2017/QH14', '35/2018/QH14']);
  // "37 Luật" with a capital (hundred-and-sixty-second outside probe: the count was taken for a word of the title and the
  // law named after it looked for in vain).
  assert.deepEqual(ids('Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017; Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;'), ['21/2017/QH14', '35/2018/QH14']);
  // A comma joining two fields of the title, and the short title without "bổ sung một số điều của" (hundred-and-ninetieth
  // and hundred-and-fifth outside probes: cut at the comma, and not read).
  assert.deepEqual(ids('Căn cứ Luật Sửa đổi, bổ sung một số điều của 11 Luật về quân sự, quốc phòng ngày 27/6/2025; Luật Công an nhân dân năm 2018;'), ['98/2025/QH15', '37/2018/QH14']);
  assert.deepEqual(ids('theo Luật sửa đổi 11 Luật về quân sự, quốc phòng 2025, lực lượng dự bị'), ['98/2025/QH15']);
  // A PDF's line wrapped inside the title (a Công báo circular of 2025).
  assert.deepEqual(ids('Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy \nhoạch ngày 20 tháng 11 năm 2018; \nCăn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;'), ['35/2018/QH14', '21/2017/QH14']);
  // The UN convention "về Luật Biển" is no law of Vietnam; the law of 2012 is.
  assert.deepEqual(ids('tuân thủ Công ước của Liên Hợp Quốc về Luật Biển năm 1982; Căn cứ Luật Biển Việt Nam năm 2012;'), ['18/2012/QH13']);
  // Two laws of the name share the day and month ten years apart: the one a year off is the slip of the year.
  assert.deepEqual(ids('Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2016;'), ['83/2015/QH13']);
  // Five years from each: the law in force in 2020, whose day it is, with the year a slip. (Until round 122 recorded that the
  // law of 2002 was replaced, two laws seemed in force that year and nothing was chosen.)
  assert.deepEqual(ids('Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2020;'), ['83/2015/QH13']);
});

test('a law named with its number in brackets is that law, and a short name in brackets is the law just named', () => {
  // Hundred-and-sixty-seventh outside probe: the law of 2003, in force on the text's date, had been taken.
  assert.deepEqual(analysedIds('Hà Nội, ngày 5 tháng 3 năm 2023\n\nTriển khai Luật Thi đua, khen thưởng (Luật số 06/2022/QH15) đến cán bộ.\n'), ['06/2022/QH15', '06/2022/QH15']);
  // Without the bracket, the law in force then.
  assert.deepEqual(analysedIds('Hà Nội, ngày 5 tháng 3 năm 2023\n\nTriển khai Luật Thi đua, khen thưởng đến cán bộ.\n'), ['15/2003/QH11']);
  // Hundred-and-sixtieth: the short name defined in brackets is the new law, not the old one named after it.
  assert.deepEqual(analysedIds('Ngày 20/11/2018, Quốc hội đã thông qua Luật Phòng chống tham nhũng ( Luật PCTN ) thay thế Luật PCTN số 55/2005/QH11.\n'), ['36/2018/QH14', '36/2018/QH14', '55/2005/QH11']);
});

test('a law named in the subject of a decree, in an undated list of bases, is the one passed by the decree\'s year', () => {
  // Two hundred and eleventh outside probe: the list's first line, "… năm 2017", had the text taken to speak from 2018, so
  // the 2022 decree's "Luật Bảo vệ môi trường" was the law of 2014; the decree's number says the text is of 2022 or later.
  const text = '- 1Quyết định 3206/QĐ-UBND năm 2017 quy định về công tác quản lý, vận hành và bảo trì công trình\n- 10Nghị định 08/2022/NĐ-CP hướng dẫn Luật Bảo vệ môi trường\n';
  assert.deepEqual(analysedIds(text).slice(-1), ['72/2020/QH14']);
});

test('the kind typed twice is the law named after it; a name that begins with the kind word is kept', () => {
  // Two hundred and thirty-second outside probe: "Luật Luật Đất đai năm 2013" was not resolved.
  assert.deepEqual(analysedIds('Hà Nội, ngày 5 tháng 3 năm 2022\n\nTheo quy định của Luật Luật Đất đai năm 2013; Luật Luật sư năm 2006.\n'), ['45/2013/QH13', '65/2006/QH11']);
});

test('the health law by its short names, with or without the comma', () => {
  // Outside probe 199's "Luật khám chữa bệnh năm 2023" (unresolved before the corpus held the short name as an alias).
  assert.deepEqual(analysedIds('Hà Nội, ngày 10 tháng 3 năm 2025\n\nCăn cứ Luật khám chữa bệnh năm 2023; Luật Khám, chữa bệnh năm 2009.\n'), ['15/2023/QH15', '40/2009/QH12']);
});

test('abbreviations inside a law\'s name are read as written out', () => {
  // Two hundred and sixteenth outside probe: "VB" and "ANTT" (the second name had been cut at "ở").
  assert.deepEqual(analysedIds('Hà Nội, ngày 5 tháng 3 năm 2025\n\nCăn cứ Luật Ban hành VB QPPL năm 2015; Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở năm 2023.\n'), ['80/2015/QH13', '30/2023/QH15']);
});

test('a short name the text gives an amending law names it wherever it is used, in later paragraphs too', () => {
  // Hundred-and-ninety-ninth outside probe: each "Luật BHYT năm 2024" had been told no such law was passed in 2024. The
  // year 2014 is not the short name's: the law of 2008 (as amended), as before.
  const defined = 'Giai đoạn từ ngày 1/7/2025 trở đi áp dụng theo Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật BHYT (gọi tắt là Luật BHYT năm 2024).\n\n';
  assert.deepEqual(analysedIds(`${defined}So với Luật BHYT năm 2014, Luật BHYT năm 2024 bổ sung nhiều nhóm tham gia BHYT.\n`), ['51/2024/QH15', '25/2008/QH12', '25/2008/QH12', '51/2024/QH15']);
  // Without the definition, the name and year meet the law of the name: none passed in 2024, the one in force then.
  assert.deepEqual(analysedIds('So với Luật BHYT năm 2014, Luật BHYT năm 2024 bổ sung nhiều nhóm tham gia BHYT.\n'), ['25/2008/QH12', '25/2008/QH12']);
  // A short name without the amending law's year names the law as amended (a decree's căn cứ in the gazette).
  assert.deepEqual(analysedIds('Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 được sửa đổi, bổ sung một số điều theo Luật số 51/2024/QH15 (sau đây gọi là Luật Bảo hiểm y tế);\n\nNgười tham gia theo Luật Bảo hiểm y tế được hưởng.\n'), ['25/2008/QH12', '51/2024/QH15', '25/2008/QH12']);
});


test('a law passed by the report\'s day and not in force yet is the one meant when none of its name is older', () => {
  // Two-hundred-and-thirty-ninth outside probe, with the item's day written: left unresolved.
  assert.deepEqual(analysedIds('Hà Nội, ngày 07 tháng 12 năm 2011\n\nCông bố Luật Lưu trữ và Luật Khiếu nại, có hiệu lực thi hành từ ngày 1/7/2012.\n'), ['01/2011/QH13', '02/2011/QH13']);
  // Before its passing, nothing.
  assert.deepEqual(analysedIds('Hà Nội, ngày 07 tháng 10 năm 2011\n\nCác đại biểu góp ý Luật Lưu trữ và Luật Khiếu nại.\n'), [null, null]);
});

test('a text whose own subject carries a law out means the one of its name passed last, in force or not yet, everywhere it names it', () => {
  // Forty-eighth session's probe 456: a plan of 18/11/2025 to carry out the employment law of 16/6/2025 (in force from 1/1/2026);
  // only the mention in the decision's subject had it, the later ones the law of 2013 in force that day.
  const plan = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 172/KH-UBND\nThành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH\n\nỦy ban nhân dân Thành phố ban hành Kế hoạch triển khai thi hành Luật Việc làm với các nội dung sau.\n\nTổ chức phổ biến Luật Việc làm và các văn bản quy định chi tiết; rà soát Luật Lao động.\n';
  assert.deepEqual(analysedIds(plan), ['74/2025/QH15', '74/2025/QH15', '45/2019/QH14']);
  // A subject of another kind leaves the law in force on the text's day.
  assert.deepEqual(analysedIds(plan.replace('TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM', 'BÁO CÁO KẾT QUẢ CÔNG TÁC LAO ĐỘNG')), ['38/2013/QH13', '38/2013/QH13', '45/2019/QH14']);
});

test('a text with no date of its own names laws in force when it speaks of, not a year on', () => {
  // Forty-eighth session's probe 455: Kết luận 127-KL/TW of 28/2/2025 as a page reproduces it, with no date line; its laws
  // to amend had become those passed from June to December 2025.
  assert.deepEqual(
    analysedIds('Tại phiên họp ngày 28/2/2025, Bộ Chính trị, Ban Bí thư có ý kiến như sau: nghiên cứu, đề xuất sửa đổi, bổ sung Luật Tổ chức chính quyền địa phương, Luật Cán bộ, công chức, Luật Thanh tra, Luật Quy hoạch.\n'),
    ['65/2025/QH15', '22/2008/QH12', '11/2022/QH15', '21/2017/QH14'],
  );
});

test('the Assembly term its clause says passed a law chooses the law of that term', () => {
  // Two-hundred-and-thirty-ninth outside probe: an undated item of 2011 had taken the laws in force today (2018, 2024).
  assert.deepEqual(
    analysedIds('Văn phòng Chủ tịch nước công bố 4 Luật vừa được Quốc hội khóa XIII thông qua gồm Luật Đo lường, Luật Khiếu nại, Luật Tố cáo và Luật Lưu trữ.\n'),
    ['04/2011/QH13', '02/2011/QH13', '03/2011/QH13', '01/2011/QH13'],
  );
  // Without it, the law in force on the report's date.
  assert.deepEqual(analysedIds('Văn phòng Chủ tịch nước công bố Luật Tố cáo và Luật Lưu trữ.\n'), ['25/2018/QH14', '33/2024/QH15']);
});

test('a code called a law is the code of that name', () => {
  // Two-hundred-and-thirty-eighth outside probe: "Luật Lao động" (for the Bộ luật Lao động) was not resolved.
  assert.deepEqual(analysedIds('Hà Nội, ngày 3 tháng 5 năm 2024\n\nTheo quy định của Luật Lao động và Luật Dân sự.\n'), ['45/2019/QH14', '91/2015/QH13']);
  assert.deepEqual(analysedIds('Hà Nội, ngày 3 tháng 5 năm 2010\n\nTheo quy định của Luật Lao động.\n'), ['Bộ luật Lao động năm 1994']);
});

test('every law an amending law\'s title names is the one passed by its day, however long the list', () => {
  // Two-hundred-and-fiftieth outside probe: from the fifth on, the laws in force today had been taken (Luật Đấu thầu of 2023,
  // the laws of 2025 of the last two, which the corpus held only in their 2025 versions: left unresolved then). The civil
  // judgment enforcement law of 2008 is held since corpus round 139 (thirty-seventh session), and is the one in force then;
  // the special consumption tax law of 2008 since round 180 (fifty-third session).
  assert.deepEqual(
    analysedIds('3. Luật số 03/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự.\n'),
    ['03/2022/QH15', '39/2019/QH14', '64/2020/QH14', '61/2020/QH14', '65/2014/QH13', '43/2013/QH13', '28/2004/QH11', '59/2020/QH14', '27/2008/QH12', '26/2008/QH12'],
  );
});

test('a law\'s name with "ngày" glued to it, and a law out of force from a day a page gives', () => {
  // Two hundred and fifty-seventh, sixty-fourth and sixty-fifth outside probes: the names ran into "ngày" and were not found.
  assert.deepEqual(analysedIds('Căn cứ Luật Tổ chức Chính phủngày 25 tháng 12 năm 2001;\nCăn cứ Luật Tần số vô tuyến điệnngày 4/12/2009;'), ['32/2001/QH10', '42/2009/QH12']);
  // The Nationality Law of 1998, out of force from 1/7/2009 (its record's status): the law of 2008 is the one in force, surely.
  const { options } = resolveOptions(undefined, RULE_CODES);
  const r = analyze('Hà Nội, ngày 10 tháng 3 năm 2020\n\nThực hiện Luật Quốc tịch Việt Nam.', corpus, options, '2026-12-01').resolutions[0];
  assert.equal(`${r?.entry.record.id} ${r?.certainty}`, '24/2008/QH12 exact');
  const early = analyze('Hà Nội, ngày 10 tháng 3 năm 2005\n\nThực hiện Luật Quốc tịch Việt Nam.', corpus, options, '2026-12-01').resolutions[0];
  assert.equal(`${early?.entry.record.id} ${early?.certainty}`, '07/1998/QH10 exact');
});

test("a law's own text names itself: its enacting line is the law of its header, not the one it replaces (probes 312, 316)", () => {
  const head = (id: string, name: string) => `QUỐC HỘI\n\nLuật số: ${id}\n\nLUẬT\n${name.toUpperCase()}\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật ${name}.\n`;
  assert.deepEqual(analysedIds(head('74/2025/QH15', 'Việc làm')).slice(-1), ['74/2025/QH15']);
  assert.deepEqual(analysedIds(head('112/2025/QH15', 'Quy hoạch')).slice(-1), ['112/2025/QH15']);
  // Another law named in it, or the same name with the year of the one replaced, is not itself.
  assert.deepEqual(analysedIds(`${head('74/2025/QH15', 'Việc làm')}\nLuật Việc làm năm 2013 hết hiệu lực.\n`).slice(-1), ['38/2013/QH13']);
  // A text that is no law's keeps the law in force.
  assert.deepEqual(analysedIds('Quốc hội ban hành Luật Việc làm.\n'), [analysedIds('Thực hiện Luật Việc làm.\n')[0]]);
});

test('an amending law cited by its title and day is the amending law of that day (probe 381)', () => {
  // Both records had no name (the gazette miner keeps a name only two citations agree on) or no day: left unresolved.
  assert.deepEqual(analysedIds('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế ngày 27 tháng 11 năm 2024;'), ['51/2024/QH15', '25/2008/QH12']);
  assert.deepEqual(analysedIds('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;'), ['87/2025/QH15', '64/2025/QH15']);
});

test('an amending law by its short title, without "bổ sung một số điều của", is the amending law (probe 444)', () => {
  // [text, what each citation resolves to]: the amending law first, then the laws its title names.
  const cases: [string, (string | null)[]][] = [
    ['Căn cứ khoản 6 Điều 2 Luật sửa đổi Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở 2025 quy định như sau.', ['97/2025/QH15', '75/2015/QH13', '50/2024/QH15', '57/2020/QH14', '10/2022/QH15']],
    ['Căn cứ Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật năm 2020;', ['63/2020/QH14', '80/2015/QH13']],
    ['Theo Luật sửa đổi Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2025, Quốc hội đã sửa đổi một số quy định.', ['83/2025/QH15', '85/2015/QH13']],
    // "một vài điều" for "một số điều", the year naming which of the amending laws.
    ['Luật sửa đổi, bổ sung một vài điều của Luật Nghĩa vụ quân sự năm 2005;', ['43/2005/QH11', '6-LCT/HĐNN7']],
  ];
  for (const [text, ids] of cases) assert.deepEqual(analysedIds(text), ids, text);
});

test('a resolution of the Standing Committee written without its "NQ-" is the resolution (probe 444)', () => {
  assert.deepEqual(analysedIds('Nghị quyết số 753/2005/UBTVQH11 ngày 02 tháng 4 năm 2005 của Ủy ban Thường vụ Quốc hội ban hành Quy chế hoạt động.'), ['753/2005/NQ-UBTVQH11']);
});

test('laws whose names extend a known one, and a name without its "của" (probes 504 and 505)', () => {
  const cases: [string, (string | null)[]][] = [
    // Laws of 1987 and 1990 the corpus does not hold: nothing, rather than the Luật Đầu tư of 2025 or Luật Doanh nghiệp of 2020.
    ['- 29/12/1987: Nhà nước Việt Nam ban hành Luật đầu tư nước ngoài tại Việt Nam', [null]],
    ['- 1990: Luật công ty và Luật doanh nghiệp tư nhân ra đời.', [null, null]],
    ['Căn cứ Luật ban hành văn bản QPPL HĐND và UBND năm 2004;', ['31/2004/QH11']],
  ];
  for (const [text, ids] of cases) assert.deepEqual(analysedIds(text), ids, text);
});

test('an amending law\'s title, then the number of the amending law itself (probe 506)', () => {
  const cases: [string, (string | null)[]][] = [
    // 19/2008/QH12 is the amending law of 3/6/2008: the title is that law, not the amending law of 2024.
    // A day of 2024 before it had made it the amending law of 28/11/2024.
    [
      'Nếu được cấp có thẩm quyền ban hành quyết định nghỉ hưu trước ngày 01 tháng 12 năm 2024 thì hạn tuổi cao nhất thực hiện theo quy định tại khoản 3 Điều 1 Luật Sửa đổi, bổ sung một số điều của Luật Sĩ quan Quân đội nhân dân Việt Nam số 19/2008/QH12;',
      ['19/2008/QH12', '19/2008/QH12'],
    ],
    // A number that is the amended law's own leaves the title to its amending law (the amended law's number is no amending law).
    // (With no day, the latest amending law of that law passed by the report's date.)
    ['Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12;', ['51/2024/QH15', '25/2008/QH12']],
  ];
  for (const [text, ids] of cases) assert.deepEqual(analysedIds(text), ids, text);
});
