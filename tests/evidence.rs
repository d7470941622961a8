//! The evidence tracker's data and checklist (`src/schemes/evidence.toml`, `plan::evidence`,
//! `plan::csv`): every criterion has evidence; a material the text names carries its article and
//! a sentence found in that scheme's own text, and the checks refuse one that is not; one
//! document serving several schemes is listed once; the counts follow the marks; the CSV opens
//! in a spreadsheet as it was written (read back here by the test's own parser) and runs no
//! formula.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use platform_readiness::i18n::Lang;
use platform_readiness::lean::IdMap;
use platform_readiness::plan::csv::{checklist_csv, BOM};
use platform_readiness::plan::evidence::{checklist, checklist_of, counts, evidence, Counts, Source, Target};
use platform_readiness::plan::{Mark, MarkState, Workplan};
use platform_readiness::schemes::evidence_file::{self, uncovered, EvidenceFile};
use platform_readiness::schemes::{catalogue, load, Catalogue};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const BINGTUAN: &str = "bingtuan-pilot-base";
const GUANGXI: &str = "guangxi-pilot-base-2021";
const SHAOXING: &str = "shaoxing-pilot-base";
const CENTRE: &str = "yangquan-innovation-centre-2025";
const YANGQUAN: &str = "yangquan-pilot-base-2022";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn evidence_text() -> String {
    std::fs::read_to_string(root().join("src/schemes/evidence.toml")).unwrap()
}

fn sources() -> BTreeMap<String, String> {
    load::sources(&root().join("docs/sources")).unwrap()
}

fn all_ids() -> Vec<String> {
    catalogue().schemes.iter().map(|s| s.id.to_string()).collect()
}

/// The checks' verdict on an evidence file's text, against the app's own catalogue and texts.
fn read(text: &str) -> Result<EvidenceFile, String> {
    evidence_file::read(text, catalogue(), &sources())
}

/// The test's own comparison: the text without any white space contains the quote without any.
fn in_text(text: &str, quote: &str) -> bool {
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    !quote.trim().is_empty() && bare(text).contains(&bare(quote))
}

/// One item of an evidence file, as TOML: `[[items]]` with its id and its name in zh and en, then
/// a `[[items.uses]]` table per use (`uses = []` when it has none).
fn item(id: &str, (zh, en): (&str, &str), uses: &[String]) -> String {
    let mut toml = format!("\n[[items]]\nid = \"{id}\"\nname = {{ zh = \"{zh}\", en = \"{en}\" }}\n");
    if uses.is_empty() {
        toml.push_str("uses = []\n");
    }
    for lines in uses {
        toml.push_str("[[items.uses]]\n");
        toml.push_str(lines);
    }
    toml
}

/// One use of an item: its scheme, then the given lines as they are (`suggested = …`, criteria,
/// indicators, article, quote).
fn used(scheme: &str, lines: &[&str]) -> String {
    let mut toml = format!("scheme = \"{scheme}\"\n");
    for line in lines {
        toml.push_str(line);
        toml.push('\n');
    }
    toml
}

#[test]
fn the_built_in_evidence_is_the_file_under_the_builds_checks() {
    let read = read(&evidence_text()).unwrap_or_else(|e| panic!("evidence.toml is valid:\n{e}"));
    assert_eq!(&read, evidence(), "the JSON built in is the file as checked");
    assert!(evidence().items.len() > 40, "the file is read, not empty");
}

#[test]
fn every_criterion_of_every_scheme_has_evidence() {
    assert_eq!(uncovered(evidence(), catalogue()), Vec::<String>::new());
    // And through the checklist, scheme by scheme as an applicant chooses them.
    for scheme in catalogue().schemes.iter() {
        let items = checklist(catalogue(), &[scheme.id.as_str()]);
        for c in scheme.criteria.iter() {
            assert!(
                items.iter().any(|i| i.criteria(&scheme.id).contains(&c.id.as_str())),
                "{}/{} has no evidence in its checklist",
                scheme.id,
                c.id
            );
        }
        assert!(items.iter().all(|i| i.schemes() == vec![scheme.id.as_str()]), "{}: only its own schemes", scheme.id);
    }
}

#[test]
fn every_performance_indicator_has_the_tables_own_evidence() {
    let shaoxing = catalogue().scheme(SHAOXING).unwrap();
    let items = checklist(catalogue(), &[SHAOXING]);
    for indicator in shaoxing.performance.as_ref().unwrap().indicators.iter() {
        let serving: Vec<_> = items
            .iter()
            .flat_map(|i| i.uses.iter())
            .filter(|u| u.target == Target::Indicator(indicator.id.as_str()))
            .collect();
        assert!(!serving.is_empty(), "indicator {} has no evidence", indicator.id);
        assert!(serving.iter().all(|u| !u.source.is_suggested()), "附表 names the 佐证材料 of {}", indicator.id);
    }
}

#[test]
fn a_material_the_text_names_quotes_that_schemes_own_text() {
    let texts = sources();
    let mut named = 0;
    for item in checklist(catalogue(), &all_ids()) {
        for source in item.sources() {
            if let Source::Text { scheme, article, quote } = source {
                named += 1;
                let file = &catalogue().scheme(scheme).unwrap().source;
                assert!(in_text(&texts[file.as_str()], quote), "{} ({scheme}): «{quote}» is not in {file}", item.id);
                assert!(!article.zh().is_empty() && !article.en().is_empty(), "{}: article in both languages", item.id);
            }
        }
    }
    assert!(named >= 30, "the texts' own lists are used ({named} text sources)");
}

#[test]
fn a_quote_not_in_the_text_is_refused() {
    let text = evidence_text();
    let right = "quote = \"中试场地面积 平方米 5 产权证明或租赁协议书复印件\"";
    assert!(text.contains(right), "the fixture's quote is in the file");
    // One character changed: 协议书 → 合同.
    let wrong = text.replacen(right, "quote = \"中试场地面积 平方米 5 产权证明或租赁合同复印件\"", 1);
    let problems = read(&wrong).unwrap_err();
    assert!(
        problems.contains("item 'site-title-or-lease', scheme 'shaoxing-pilot-base': quote not found verbatim"),
        "{problems}"
    );
    assert!(problems.contains("«中试场地面积 平方米 5 产权证明或租赁合同复印件»"), "{problems}");
    assert_eq!(problems.lines().count(), 1, "only that quote: {problems}");
}

#[test]
fn a_quote_from_another_schemes_text_is_refused() {
    // Bingtuan's list of materials, cited for Guangxi: in a seed, but not in Guangxi's.
    let cited = [
        "suggested = false",
        r#"article = { zh = "四、认定程序（一）", en = "Section IV (1)" }"#,
        r#"quote = "申报材料包括申请书、独立法人资格、中试场地条件、验证设备""#,
    ];
    let text = item("application", ("申请书", "Application form"), &[used(GUANGXI, &cited)]);
    let problems = read(&text).unwrap_err();
    assert!(problems.contains("scheme 'guangxi-pilot-base-2021': quote not found verbatim"), "{problems}");
    let moved = item("application", ("申请书", "Application form"), &[used(BINGTUAN, &cited)]);
    assert!(read(&moved).is_ok(), "the same quote under its own scheme is accepted");
}

#[test]
fn the_checks_refuse_unknown_ids_a_missing_flag_and_missing_words() {
    let quote = r#"quote = "产权证明或租赁协议书复印件""#;
    let site_twice = used(YANGQUAN, &[r#"criteria = ["art8-4-site"]"#, "suggested = true"]);
    let text = [
        item(
            "a",
            ("甲", ""),
            &[
                used("no-such-scheme", &["suggested = true"]),
                used(
                    BINGTUAN,
                    &[r#"criteria = ["art7-3-area", "art99-nothing"]"#, r#"indicators = ["pilot-site-area"]"#],
                ),
            ],
        ),
        item(
            "a",
            ("乙", "B"),
            &[used(SHAOXING, &["suggested = true", r#"article = { zh = "附表", en = "Annex table" }"#, quote])],
        ),
        item("c", ("乙", "C"), &[used(SHAOXING, &["suggested = false", quote])]),
        item("d", ("丁", "D"), &[]),
        item("e", ("戊", "E"), &[site_twice.clone(), site_twice]),
    ]
    .concat();
    let problems = read(&text).unwrap_err();
    for expected in [
        "item 'a': name needs both zh and en",
        "item 'a', scheme 'no-such-scheme': unknown scheme",
        "item 'a', scheme 'bingtuan-pilot-base': unknown criterion 'art99-nothing'",
        "item 'a', scheme 'bingtuan-pilot-base': unknown indicator 'pilot-site-area'",
        "item 'a', scheme 'bingtuan-pilot-base': say `suggested = false`",
        "item 'a': duplicate item id",
        "item 'a', scheme 'shaoxing-pilot-base': a suggestion cites no article or quote",
        "item 'c': the same name as item 'a' («乙»)",
        "item 'c', scheme 'shaoxing-pilot-base': article needs both zh and en",
        "item 'd': no scheme uses it",
        "item 'e', scheme 'yangquan-pilot-base-2022': criterion 'art8-4-site' is served twice",
    ] {
        assert!(problems.contains(expected), "expected «{expected}» in:\n{problems}");
    }
    assert!(!problems.contains("art7-3-area"), "a known criterion is no problem:\n{problems}");
    assert!(read("[[items]]\nid = \"x\"\n").unwrap_err().contains("missing field"), "an item needs its name and uses");
}

#[test]
fn a_sixth_schemes_evidence_is_data_checked_against_its_own_text() {
    let fixture = root().join("tests/fixtures/sixth-scheme");
    let six: Catalogue = load::with_extra(root(), &[&fixture]).unwrap();
    let mut texts = sources();
    texts.extend(load::sources(&fixture).unwrap());
    let path: PathBuf = root().join("tests/fixtures/evidence/sample-city-evidence.toml");
    let text = std::fs::read_to_string(path).unwrap();
    let file = evidence_file::read(&text, &six, &texts).unwrap_or_else(|e| panic!("the fixture is valid:\n{e}"));
    let scheme = six.scheme("sample-city-pilot-base").unwrap();
    let only_sixth = Catalogue { schemes: vec![scheme.clone()].into(), ..six.clone() };
    assert_eq!(uncovered(&file, &only_sixth), Vec::<String>::new());
    let items = checklist_of(&file, &six, &["sample-city-pilot-base"]);
    assert_eq!(items[0].id, "sample-application-form", "the application first");
    assert_eq!(items[0].uses[0].target, Target::Application);
    // Its application form is not in the five texts: checked against the app's own, it is refused.
    assert!(evidence_file::read(&text, &six, &sources()).unwrap_err().contains("quote not found verbatim"));
}

#[test]
fn a_shared_document_is_listed_once_with_all_its_schemes() {
    let items = checklist(catalogue(), &all_ids());
    let mut ids: Vec<&str> = items.iter().map(|i| i.id).collect();
    let listed = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), listed, "no item twice");
    let licence: Vec<_> = items.iter().filter(|i| i.id == "legal-person-certificate").collect();
    assert_eq!(licence.len(), 1);
    let licence = licence[0];
    assert_eq!(licence.schemes(), vec![BINGTUAN, GUANGXI, SHAOXING, CENTRE, YANGQUAN], "catalogue order");
    assert_eq!(licence.criteria(SHAOXING), vec!["sec4-1-local", "sec3-1-legal-person", "sec3-1-one-year"]);
    assert_eq!(licence.criteria(BINGTUAN), vec!["art6-local", "art7-2-legal-person", "art7-2-two-years"]);
    // Named by Bingtuan's list of materials, a suggestion for the others.
    let sources = licence.sources();
    assert!(matches!(sources[0], Source::Suggested { scheme: BINGTUAN }), "art6-local comes first: {sources:?}");
    assert!(sources
        .iter()
        .any(|s| matches!(s, Source::Text { scheme: BINGTUAN, article, .. } if article.zh() == "第八条（一）")));
    assert!(sources.iter().any(|s| matches!(s, Source::Suggested { scheme: SHAOXING })));
    assert!(!licence.only_suggested());
    // With two schemes chosen, the same item serves only those two.
    let two = checklist(catalogue(), &[YANGQUAN, SHAOXING]);
    let licence = two.iter().find(|i| i.id == "legal-person-certificate").unwrap();
    assert_eq!(licence.schemes(), vec![SHAOXING, YANGQUAN]);
    assert!(two.iter().all(|i| i.schemes().iter().all(|s| [SHAOXING, YANGQUAN].contains(s))));
    assert!(!two.iter().any(|i| i.id == "bingtuan-application-form"));
    // A suggestion-only item says so.
    let plan = two.iter().find(|i| i.id == "pilot-development-plan").unwrap();
    assert!(plan.only_suggested());
}

#[test]
fn the_order_is_scheme_then_criterion_of_first_use() {
    let cat = catalogue();
    let items = checklist(cat, &all_ids());
    let place = |scheme: &str, target: Target| {
        let s = cat.schemes.iter().position(|k| k.id == scheme).unwrap();
        let scheme = &cat.schemes[s];
        let t = match target {
            Target::Application => 0,
            Target::Criterion(c) => 1 + scheme.criteria.iter().position(|k| k.id == c).unwrap(),
            Target::Indicator(i) => {
                let table = scheme.performance.as_ref().unwrap();
                1 + scheme.criteria.len() + table.indicators.iter().position(|k| k.id == i).unwrap()
            }
        };
        (s, t)
    };
    let firsts: Vec<(usize, usize)> = items.iter().map(|i| place(i.uses[0].scheme, i.uses[0].target)).collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    for item in &items {
        let places: Vec<_> = item.uses.iter().map(|u| place(u.scheme, u.target)).collect();
        assert!(places.windows(2).all(|w| w[0] <= w[1]), "{}: uses in order", item.id);
    }
    assert_eq!(items[0].id, "bingtuan-application-form", "Bingtuan's application form leads");
    // The same call gives the same list; the order of the ids asked for does not matter.
    let reversed: Vec<String> = all_ids().into_iter().rev().collect();
    assert_eq!(checklist(cat, &reversed), items);
    assert!(checklist(cat, &["no-such-scheme"]).is_empty());
}

fn mark(state: MarkState) -> Mark {
    Mark { state, ..Mark::default() }
}

fn plan_of(marks: Vec<(&str, Mark)>) -> Workplan {
    let mut evidence = IdMap::new();
    for (id, m) in marks {
        evidence.insert(id.to_string(), m);
    }
    Workplan { evidence, changes: Vec::new() }
}

#[test]
fn the_counts_follow_the_marks() {
    let items = checklist(catalogue(), &[BINGTUAN, YANGQUAN]);
    let of = |scheme: &str| items.iter().filter(|i| i.serves(scheme)).count();
    let nothing = Workplan::default();
    assert_eq!(counts(&items, &nothing, BINGTUAN), Counts { have: 0, in_progress: 0, missing: of(BINGTUAN) });
    let plan = plan_of(vec![
        ("legal-person-certificate", mark(MarkState::Have)), // both schemes
        ("bingtuan-application-form", mark(MarkState::InProgress)), // Bingtuan only
        ("pilot-cooperation-agreement", mark(MarkState::Have)), // Yangquan only
        ("site-title-or-lease", mark(MarkState::Missing)),   // marked missing: still missing
        ("no-such-item", mark(MarkState::Have)),             // not in the checklist: ignored
    ]);
    let bingtuan = counts(&items, &plan, BINGTUAN);
    assert_eq!(bingtuan, Counts { have: 1, in_progress: 1, missing: of(BINGTUAN) - 2 });
    let yangquan = counts(&items, &plan, YANGQUAN);
    assert_eq!(yangquan, Counts { have: 2, in_progress: 0, missing: of(YANGQUAN) - 2 });
    assert_eq!(yangquan.total(), of(YANGQUAN));
    assert_eq!(counts(&items, &plan, SHAOXING), Counts::default(), "a scheme not chosen has no items");
    let c = Counts { have: 12, in_progress: 3, missing: 4 };
    assert_eq!(c.words(Lang::Zh), "证明材料：12 份已备，3 份准备中，4 份尚缺");
    assert_eq!(c.words(Lang::En), "Evidence: 12 ready, 3 in progress, 4 missing");
}

/// RFC 4180 as a spreadsheet reads it, written for this test: records end with CRLF; a quoted
/// field may hold commas, CR, LF and doubled quotes. Panics on anything else (a bare LF between
/// records, a quote inside an unquoted field, text after a closing quote).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next().expect("a quoted field is closed") {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    '"' => break,
                    c => cell.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\r' {
                    break;
                }
                assert!(c != '"' && c != '\n', "unquoted field holds {c:?}: {cell}");
                cell.push(c);
                chars.next();
            }
        }
        record.push(cell);
        match chars.next() {
            Some(',') => {}
            Some('\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR is followed by LF");
                records.push(std::mem::take(&mut record));
            }
            other => panic!("after a field: {other:?}"),
        }
    }
    assert!(record.is_empty(), "the last record ends with CRLF");
    records
}

#[test]
fn the_csv_opens_with_its_cells_intact() {
    let items = checklist(catalogue(), &[BINGTUAN, SHAOXING]);
    let owner = "王工, \"资料组\"";
    let note = "第一行，含逗号, and \"quotes\"\r\n第二行\n第三行";
    let plan = plan_of(vec![
        (
            "legal-person-certificate",
            Mark {
                state: MarkState::Have,
                owner: owner.into(),
                due: NaiveDate::from_ymd_opt(2027, 3, 1),
                note: note.into(),
            },
        ),
        ("staff-list", mark(MarkState::InProgress)),
    ]);
    let csv = checklist_csv(&items, &plan, catalogue(), Lang::Zh);
    assert!(csv.starts_with(BOM), "UTF-8 byte-order mark first");
    assert!(csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    let rows = parse_csv(csv.strip_prefix(BOM).unwrap());
    assert_eq!(rows[0], ["材料", "来源", "适用办法", "状态", "负责人", "完成期限", "备注"]);
    assert_eq!(rows.len(), items.len() + 1);
    assert!(rows.iter().all(|r| r.len() == 7), "seven columns on every row");
    for (row, item) in rows[1..].iter().zip(&items) {
        assert_eq!(row[0], item.name.zh());
    }
    let licence = rows.iter().find(|r| r[0].starts_with("营业执照")).unwrap();
    assert_eq!(
        licence[1],
        "兵团中试基地备案：建议（文本未列明）；兵团中试基地备案 第八条（一）；绍兴中试基地：建议（文本未列明）"
    );
    assert_eq!(licence[2], "兵团中试基地备案；绍兴中试基地");
    assert_eq!(licence[3], "已备");
    assert_eq!(licence[4], owner);
    assert_eq!(licence[5], "2027-03-01");
    assert_eq!(licence[6], note);
    let staff = rows.iter().find(|r| r[0] == "人员清单、社保证明或聘用合同复印件").unwrap();
    // Schemes in catalogue order; within Shaoxing, its criteria before its performance table.
    assert_eq!(
        staff[1],
        "兵团中试基地备案 第八条（一）；绍兴中试基地：建议（文本未列明）；绍兴中试基地 附表 绩效评价指标体系：本科及以上中试人才总数（佐证材料）"
    );
    assert_eq!((staff[3].as_str(), staff[4].as_str(), staff[6].as_str()), ("准备中", "", ""));
    let unmarked = rows.iter().find(|r| r[0] == "兵团中试基地备案申请书").unwrap();
    assert_eq!(unmarked[3], "尚缺", "an unmarked item is missing");
    // Outside quoted fields every line ends with CRLF: no record holds a bare LF.
    assert_eq!(csv.matches("\r\n").count() - 1, rows.len(), "one CRLF per record (and the note's own)");

    let english = checklist_csv(&items, &plan, catalogue(), Lang::En);
    let rows = parse_csv(english.strip_prefix(BOM).unwrap());
    assert_eq!(rows[0], ["Evidence", "Source", "Schemes", "Status", "Owner", "Due", "Note"]);
    let licence = rows.iter().find(|r| r[0].starts_with("Business licence")).unwrap();
    assert!(licence[1].contains("XPCC pilot base filing Art. 8 (1)"), "{}", licence[1]);
    assert!(licence[1].contains("Suggested (not named in the text)"), "{}", licence[1]);
    assert_eq!(licence[3], "Have");
}

#[test]
fn a_cell_that_would_run_as_a_formula_is_defused() {
    let items = checklist(catalogue(), &[YANGQUAN]);
    let ids: Vec<&str> = items.iter().take(6).map(|i| i.id).collect();
    let typed = ["=HYPERLINK(\"http://x.example\",\"点击\")", "+1+1", "-2,3", "@SUM(A1:A9)", "\t=1", "1+1 是算式"];
    let plan = plan_of(
        ids.iter()
            .zip(typed)
            .map(|(id, text)| (*id, Mark { state: MarkState::Have, owner: text.into(), note: text.into(), due: None }))
            .collect(),
    );
    let csv = checklist_csv(&items, &plan, catalogue(), Lang::Zh);
    let rows = parse_csv(csv.strip_prefix(BOM).unwrap());
    for (row, text) in rows[1..].iter().zip(typed) {
        let expected = if text.starts_with(['=', '+', '-', '@', '\t']) { format!("'{text}") } else { text.to_string() };
        assert_eq!(row[4], expected, "owner {text:?}");
        assert_eq!(row[6], expected, "note {text:?}");
    }
    assert!(rows.iter().flatten().all(|cell| !cell.starts_with(['=', '+', '-', '@'])), "no cell starts a formula");
}

#[test]
fn the_guides_evidence_example_passes_the_checks() {
    let guide = std::fs::read_to_string(root().join("docs/scheme-format.md")).unwrap();
    let section = guide.split("\n## Evidence\n").nth(1).expect("the guide has an Evidence section");
    let example = section.split("```toml\n").nth(1).and_then(|b| b.split("```").next()).expect("its example");
    let file = read(example).unwrap_or_else(|e| panic!("the guide's example is valid:\n{e}"));
    assert_eq!(file.items.len(), 1);
    assert_eq!(file.items[0].uses.len(), 2);
}
