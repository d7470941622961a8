//! The plan's sections as HTML (maud's `html!`, which escapes every interpolation): which fix
//! unlocks the most (§3), the verdicts judged forward with the plan and the plan itself (§4), the
//! criteria met by a narrow margin (§5), a report judged by other rules (§6), and the page that
//! puts them together with the timeline (§2, [`super::timeline`]).
//!
//! Every figure comes from the engine ([`crate::engine::fixes`], [`crate::engine::plan`],
//! [`crate::engine::margins`], [`crate::report::diff`]); these functions only word it.

use super::fields::{self, plannable, yes_no, CHANGES_ID, DATE_ID, ERROR_ID, FACT_ID, FORM_ID, HINT_ID, VALUE_ID};
use super::fields::{AddForm, NO, VALUE_SLOT_ID, YES};
use super::plan_words::PlanWord;
use super::state::Workplan;
use super::timeline::{timeline_section, Timeline};
use crate::engine::fixes::{rank, Effect, Fix, Fixes, Step};
use crate::engine::margins::{narrow, Margin, Margins, Narrow};
use crate::engine::plan::{judge_forward, Blocked, Change, Forward, PlannedChange, SchemeForward};
use crate::engine::{FactValue, Status, Verdict};
use crate::i18n::{Lang, Msg};
use crate::report::diff::{RulesDiff, SchemeChange, StatusKind, VerdictKind};
use crate::report::{text, Report};
use crate::schemes::{catalogue, FactKind, Unit};
use chrono::NaiveDate;
use maud::{html, Markup};

/// A number as the plan writes it: [`text::number`] with its whole part grouped by three with a
/// no-break space from four digits on ("2 050").
pub fn figure(n: f64) -> String {
    let plain = text::number(n);
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain.as_str()), |r| ("-", r));
    let (whole, fraction) = rest.split_once('.').map_or((rest, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 && whole.len() >= 4 {
            grouped.push('\u{a0}');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A figure with its unit: "2 000 m²", "3 人".
fn amount(n: f64, unit: Option<Unit>, lang: Lang) -> String {
    let u = text::unit(unit, lang);
    if u.is_empty() {
        figure(n)
    } else {
        format!("{} {u}", figure(n))
    }
}

fn fact_unit(fact: &str) -> Option<Unit> {
    catalogue().fact(fact).and_then(|f| f.unit)
}

/// A fact's name inside a sentence: its question's label without the "其中" / "Of them," that
/// ties a part to its whole in the questions ("其中专职技术人员" → "专职技术人员").
fn label(fact: &str, lang: Lang) -> String {
    let full = text::fact_label(fact, lang);
    let name = full.strip_prefix("其中").or_else(|| full.strip_prefix("Of them, ")).unwrap_or(&full).trim();
    if name.is_empty() {
        full.clone()
    } else {
        name.to_string()
    }
}

fn short_name(scheme: &str, lang: Lang) -> String {
    catalogue().scheme(scheme).map(|s| s.short_name.get(lang.is_en()).to_string()).unwrap_or_else(|| scheme.into())
}

fn names(schemes: &[String], lang: Lang) -> String {
    schemes.iter().map(|s| short_name(s, lang)).collect::<Vec<_>>().join(Msg::ListSep.text(lang))
}

/// A criterion as a short reference: "兵团 第七条（三）".
fn place(scheme: &str, criterion: &str, lang: Lang) -> String {
    let en = lang.is_en();
    let cited = catalogue()
        .scheme(scheme)
        .and_then(|s| s.criteria.iter().find(|c| c.id == criterion))
        .map(|c| c.citation.get(en).to_string())
        .unwrap_or_else(|| criterion.to_string());
    format!("{} {cited}", short_name(scheme, lang))
}

fn summary(scheme: &str, criterion: &str, lang: Lang) -> String {
    catalogue()
        .scheme(scheme)
        .and_then(|s| s.criteria.iter().find(|c| c.id == criterion))
        .map(|c| c.summary.get(lang.is_en()).to_string())
        .unwrap_or_default()
}

fn option_label(fact: &str, option: &str, lang: Lang) -> String {
    catalogue()
        .fact(fact)
        .and_then(|f| f.options.iter().find(|o| o.id == option))
        .map(|o| o.label.get(lang.is_en()).to_string())
        .unwrap_or_else(|| option.to_string())
}

// ── §3 Which fix unlocks the most ─────────────────────────────────────────────────────────

/// What a step does, in words: "场地面积：增加 500 m²（达到 2 000 m²）", "补充回答：…".
pub fn step_text(step: &Step, lang: Lang) -> String {
    match step {
        Step::Raise { fact, unit, amount: by, to, also } => {
            let mut s = PlanWord::StepRaise
                .fill(lang, &[&label(fact, lang), &amount(*by, *unit, lang), &amount(*to, *unit, lang)]);
            for f in also {
                s.push_str(Msg::ListSep.text(lang));
                s.push_str(&PlanWord::StepAlso.fill(lang, &[&label(f, lang), &amount(*to, fact_unit(f), lang)]));
            }
            s
        }
        Step::Lower { fact, unit, amount: by, to, .. } => {
            PlanWord::StepLower.fill(lang, &[&label(fact, lang), &amount(*by, *unit, lang), &amount(*to, *unit, lang)])
        }
        Step::Qualify { part, whole, unit, amount: by, .. } => {
            PlanWord::StepQualify.fill(lang, &[&label(part, lang), &label(whole, lang), &amount(*by, *unit, lang)])
        }
        Step::Hire { part, whole, unit, amount: by, .. } => {
            PlanWord::StepHire.fill(lang, &[&label(part, lang), &label(whole, lang), &amount(*by, *unit, lang)])
        }
        Step::Replace { part, whole, unit, amount: by } => {
            PlanWord::StepReplace.fill(lang, &[&label(part, lang), &label(whole, lang), &amount(*by, *unit, lang)])
        }
        Step::Widen { part, whole, unit, amount: by } => {
            PlanWord::StepWiden.fill(lang, &[&label(part, lang), &label(whole, lang), &amount(*by, *unit, lang)])
        }
        Step::Answer { fact, yes: true } => PlanWord::StepAnswerYes.fill(lang, &[&label(fact, lang)]),
        Step::Answer { fact, yes: false } => PlanWord::StepAnswerNo.fill(lang, &[&label(fact, lang)]),
        Step::Choose { fact, option } => {
            PlanWord::StepChoose.fill(lang, &[&label(fact, lang), &option_label(fact, option, lang)])
        }
        Step::Wait { until } => PlanWord::StepWait.fill(lang, &[&text::day(*until, lang)]),
        Step::Provide { fact } => PlanWord::StepProvide.fill(lang, &[&label(fact, lang)]),
        Step::Renew { fact } => PlanWord::StepRenew.fill(lang, &[&label(fact, lang)]),
    }
}

/// The fact a step's figure is in, for the figure a need asks.
fn step_fact(step: &Step) -> Option<&str> {
    match step {
        Step::Raise { fact, .. } | Step::Lower { fact, .. } => Some(fact),
        Step::Qualify { part, .. } | Step::Hire { part, .. } => Some(part),
        _ => None,
    }
}

fn effect_lines(e: &Effect, lang: Lang) -> Markup {
    html! {
        @if !e.ready.is_empty() { p.makes-ready { strong { (PlanWord::MakesReady.text(lang)) } (names(&e.ready, lang)) } }
        @if !e.closer.is_empty() { p.makes-closer { (PlanWord::MakesCloser.text(lang)) (names(&e.closer, lang)) } }
        @if !e.further.is_empty() { p.warning { (PlanWord::MakesFurther.text(lang)) (names(&e.further, lang)) } }
        @if e.ready.is_empty() && e.closer.is_empty() && e.further.is_empty() { p.note { (PlanWord::NoChange.text(lang)) } }
        p.note { (PlanWord::GapsLeft.fill(lang, &[&e.gaps_left.to_string()])) }
    }
}

fn value_text(fact: &str, value: &FactValue, lang: Lang) -> String {
    match value {
        FactValue::Number(n) => amount(*n, fact_unit(fact), lang),
        FactValue::YesNo(b) => yes_no(*b, lang).to_string(),
        FactValue::Date(d) => text::day(*d, lang),
        FactValue::Choice(o) => option_label(fact, o, lang),
        FactValue::Incidents(list) => {
            list.iter().map(|i| text::incident(i, lang)).collect::<Vec<_>>().join(Msg::ListSep.text(lang))
        }
    }
}

/// The criteria a fix serves (by the same criterion) besides `i`: the other ways to close them.
fn other_ways(fixes: &Fixes, i: usize) -> Vec<usize> {
    let mine = &fixes.fixes[i].needs;
    (0..fixes.fixes.len())
        .filter(|j| *j != i)
        .filter(|j| {
            fixes.fixes[*j]
                .needs
                .iter()
                .any(|n| mine.iter().any(|m| m.scheme == n.scheme && m.criterion == n.criterion))
        })
        .filter(|j| {
            !matches!(fixes.fixes[*j].step, Step::Wait { .. }) || matches!(fixes.fixes[i].step, Step::Wait { .. })
        })
        .collect()
}

fn fix_item(fixes: &Fixes, i: usize, lang: Lang) -> Markup {
    let fix: &Fix = &fixes.fixes[i];
    let fact = step_fact(&fix.step);
    html! {
        li.fix id={ "plan-fix-" (i) } {
            p.fix-step { strong { (step_text(&fix.step, lang)) } }
            p.asked-by {
                (PlanWord::AskedBy.text(lang))
                @for (k, n) in fix.needs.iter().enumerate() {
                    @if k > 0 { (Msg::ListSep.text(lang)) }
                    (place(&n.scheme, &n.criterion, lang))
                    @if !n.served {
                        @if let (Some(f), Some(fig)) = (fact, n.figure) {
                            (PlanWord::NotEnoughFor.fill(lang, &[&amount(fig, fact_unit(f), lang)]))
                        }
                    }
                }
            }
            @match &fix.effect {
                Some(e) => { (effect_lines(e, lang)) }
                None => {
                    @if fix.answers.is_empty() { p.note { (PlanWord::DependsOnAnswer.text(lang)) } }
                    @if let Step::Provide { fact } = &fix.step {
                        @for a in &fix.answers {
                            div.answer {
                                p { (PlanWord::IfAnswer.fill(lang, &[&value_text(fact, &a.value, lang)])) }
                                (effect_lines(&a.effect, lang))
                            }
                        }
                    }
                }
            }
            @let others = other_ways(fixes, i);
            @if !others.is_empty() {
                p.other-ways {
                    (PlanWord::OtherWays.text(lang))
                    @for (k, j) in others.iter().enumerate() {
                        @if k > 0 { (Msg::ListSep.text(lang)) }
                        a href={ "#plan-fix-" (j) } { (step_text(&fixes.fixes[*j].step, lang)) }
                    }
                }
            }
        }
    }
}

/// Which fix unlocks the most: the closest schemes and those one change away first, then every
/// fix ranked (most schemes made ready, then fewest gaps left), each with what it closes, the
/// schemes it makes ready or brings closer, and the other ways to close the same criterion.
/// How many ranked fixes show before "show all".
pub const FIXES_SHOWN: usize = 5;

/// At the top of the report: the closest schemes and the ones a single change makes ready, each
/// change a link to its entry among the ranked fixes below.
pub fn closest_section(fixes: &Fixes, lang: Lang) -> Markup {
    html! {
        @if !fixes.closest.is_empty() {
            section.plan-section.fix-summary id="plan-closest" aria-label=(PlanWord::ClosestLabel.text(lang)) {
                div {
                    h2 { (PlanWord::ClosestTitle.text(lang)) }
                    ol.closest-schemes {
                        @for d in &fixes.closest {
                            li { strong { (short_name(&d.scheme, lang)) } (Msg::Colon.text(lang)) (PlanWord::GapsOpen.fill(lang, &[&d.gaps.to_string()])) }
                        }
                    }
                }
                div {
                    h2 { (PlanWord::OneAwayTitle.text(lang)) }
                    @if fixes.one_change_away.is_empty() {
                        p.note { (PlanWord::NoneOneAway.text(lang)) }
                    } @else {
                        ul.one-away {
                            @for o in &fixes.one_change_away {
                                li {
                                    strong { (short_name(&o.scheme, lang)) } (Msg::Colon.text(lang))
                                    @for (k, i) in o.fixes.iter().enumerate() {
                                        @if k > 0 { (Msg::ListSep.text(lang)) }
                                        a href={ "#plan-fix-" (i) } { (step_text(&fixes.fixes[*i].step, lang)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The fixes, most useful first: the first few in full, the rest behind "show all" (a link to
/// one of them opens it).
pub fn fixes_section(fixes: &Fixes, lang: Lang) -> Markup {
    html! {
        section.plan-section.fixes id="plan-fixes" aria-labelledby="plan-fixes-title" {
            h2 id="plan-fixes-title" { (PlanWord::FixesTitle.text(lang)) }
            @if fixes.fixes.is_empty() {
                p { (PlanWord::NothingToFix.text(lang)) }
            } @else {
                ol.fix-list { @for i in 0..fixes.fixes.len().min(FIXES_SHOWN) { (fix_item(fixes, i, lang)) } }
                @if fixes.fixes.len() > FIXES_SHOWN {
                    details.more {
                        summary { (Msg::ShowAll.text(lang).replace("{}", &fixes.fixes.len().to_string())) }
                        ol.fix-list start=(FIXES_SHOWN + 1) { @for i in FIXES_SHOWN..fixes.fixes.len() { (fix_item(fixes, i, lang)) } }
                    }
                }
            }
        }
    }
}

// ── §4 Forward verdicts and the plan ──────────────────────────────────────────────────────

/// A forward verdict in words: "自 2027 年 3 月 1 日起可申报", or why no day holds. (A day that turns
/// on a boundary carries the caution apart: [`boundary_note`].)
pub fn forward_text(f: &Forward, scheme: &str, lang: Lang) -> String {
    match f {
        Forward::From { from, until, .. } => {
            let mut s = PlanWord::ForwardFrom.fill(lang, &[&text::day(*from, lang)]);
            if let Some(u) = until {
                s.push_str(&PlanWord::ForwardUntil.fill(lang, &[&text::day(*u, lang)]));
            }
            s
        }
        Forward::Never(Blocked::NotInForce) => PlanWord::BlockedNotInForce.text(lang).into(),
        Forward::Never(Blocked::Missing { facts }) => {
            let list: Vec<String> = facts.iter().map(|f| label(f, lang)).collect();
            PlanWord::BlockedMissing.fill(lang, &[&list.join(Msg::ListSep.text(lang))])
        }
        Forward::Never(Blocked::Gaps { criteria }) => {
            let list: Vec<String> = criteria.iter().map(|c| place(scheme, c, lang)).collect();
            PlanWord::BlockedGaps.fill(lang, &[&list.join(Msg::ListSep.text(lang))])
        }
        Forward::Never(Blocked::AfterPeriod { from, ended }) => {
            PlanWord::BlockedAfterPeriod.fill(lang, &[&text::day(*from, lang), &text::day(*ended, lang)])
        }
        Forward::Never(Blocked::NoCommonDay) => PlanWord::BlockedNoCommonDay.text(lang).into(),
    }
}

/// The caution of a forward day that turns on a boundary day.
fn boundary_note(f: &Forward, lang: Lang) -> Markup {
    html! { @if let Forward::From { boundary: true, .. } = f { p.note { (text::boundary_caution(lang)) } } }
}

/// Whether the plan changes the scheme's forward verdict: a day where there was none or another
/// day, none where there was one, or another reason (answers the plan gives). Two lists of gaps
/// are not a change worth saying: the scheme has no day either way.
pub fn plan_changes_it(s: &SchemeForward) -> bool {
    let both_gaps = matches!(
        (&s.as_is_forward, &s.with_plan),
        (Forward::Never(Blocked::Gaps { .. }), Forward::Never(Blocked::Gaps { .. }))
    );
    s.with_plan != s.as_is_forward && !both_gaps
}

/// A planned change in words: "2027 年 3 月 1 日起，中试场地面积为 2 600 m²".
pub fn change_text(c: &PlannedChange, lang: Lang) -> String {
    let day = text::day(c.on, lang);
    match &c.change {
        Change::Set { value } => {
            PlanWord::ChangeSet.fill(lang, &[&day, &label(&c.fact, lang), &value_text(&c.fact, value, lang)])
        }
        Change::Incident { kind, severity } => {
            // Its kind and grade only: the day is said once, in the day's own words.
            let kind_word = text::KINDS.iter().find(|k| k.0 == *kind).map(|k| k.1.text(lang)).unwrap_or_default();
            let grade =
                text::grades(*kind).iter().find(|g| g.0 == *severity).map(|g| g.1.text(lang)).unwrap_or_default();
            let incident = match lang {
                Lang::Zh => format!("{kind_word}（{grade}）"),
                Lang::En => format!("{kind_word} ({grade})"),
            };
            PlanWord::ChangeIncident.fill(lang, &[&day, &incident])
        }
    }
}

/// Each chosen scheme as things are and, where the plan changes it, with the plan.
pub fn forward_list(forward: &[SchemeForward], has_plan: bool, lang: Lang) -> Markup {
    html! {
        ul.forward {
            @for s in forward {
                li.forward-scheme data-scheme=(s.scheme) {
                    strong { (short_name(&s.scheme, lang)) }
                    p.as-is {
                        (PlanWord::AsIs.text(lang)) (text::verdict(&s.as_is, lang))
                        @if !matches!(s.as_is, Verdict::Ready | Verdict::NotInForce | Verdict::NotYet { .. }) {
                            @if let Forward::From { .. } = s.as_is_forward {
                                (Msg::ListSep.text(lang)) (forward_text(&s.as_is_forward, &s.scheme, lang))
                            }
                        }
                    }
                    @if has_plan {
                        @if plan_changes_it(s) {
                            p.with-plan.planned {
                                span.pill.planned-pill { (PlanWord::Planned.text(lang)) } " "
                                strong { (PlanWord::WithPlan.text(lang)) (forward_text(&s.with_plan, &s.scheme, lang)) }
                            }
                            (boundary_note(&s.with_plan, lang))
                        } @else {
                            p.note { (PlanWord::WithPlan.text(lang)) (PlanWord::PlanSame.text(lang)) }
                        }
                    }
                }
            }
        }
    }
}

/// The field for a fact's planned value, with the id [`VALUE_ID`]: a select of yes and no, or of
/// the fact's options; a text field (numbers in the fact's unit, dates as year-month-day)
/// otherwise, and before a fact is chosen (it then takes the words too: “是”, an option's name). `value`: what it holds (typed
/// before, or the option chosen); `invalid`: the form's error is about it. The plan module writes
/// it into [`VALUE_SLOT_ID`] again when the fact select changes.
pub fn value_field(fact: Option<&str>, value: &str, invalid: bool, lang: Lang) -> Markup {
    let en = lang.is_en();
    let def = fact.and_then(|f| catalogue().fact(f));
    let described = format!("{HINT_ID} {ERROR_ID}");
    let invalid = invalid.then_some("true");
    html! {
        label for=(VALUE_ID) { (PlanWord::AddValue.text(lang)) }
        @match def.map(|d| d.kind) {
            Some(FactKind::YesNo) => {
                select id=(VALUE_ID) aria-describedby=(described) aria-invalid=[invalid] {
                    option value=(YES) selected[value == YES] { (Msg::Yes.text(lang)) }
                    option value=(NO) selected[value == NO] { (Msg::No.text(lang)) }
                }
            }
            Some(FactKind::Choice) => {
                select id=(VALUE_ID) aria-describedby=(described) aria-invalid=[invalid] {
                    @for o in def.map(|d| &d.options[..]).unwrap_or_default() {
                        option value=(o.id) selected[o.id == value] { (o.label.get(en)) }
                    }
                }
            }
            Some(FactKind::Date) => {
                input id=(VALUE_ID) type="date" value=(value) aria-describedby=(described) aria-invalid=[invalid];
            }
            Some(_) => {
                span.with-unit {
                    input id=(VALUE_ID) type="text" inputmode="decimal" autocomplete="off" value=(value)
                        aria-describedby=(described) aria-invalid=[invalid];
                    @let u = text::unit(def.and_then(|d| d.unit), lang);
                    @if !u.is_empty() { " " span.unit { (u) } }
                }
            }
            None => {
                input id=(VALUE_ID) type="text" autocomplete="off" value=(value) aria-describedby=(described) aria-invalid=[invalid];
            }
        }
    }
}

/// The form that adds a planned change: the day, the fact (among those the chosen schemes read
/// that a change can set), its value, the error and the button; `form` holds what was typed
/// before (an error keeps it) and the error.
pub fn add_form(report: &Report, form: &AddForm, lang: Lang) -> Markup {
    let en = lang.is_en();
    let facts = plannable(catalogue(), &report.schemes);
    let described = ERROR_ID;
    let wrong = form.error.and_then(|e| e.field());
    let invalid = |id: &str| (wrong == Some(id)).then_some("true");
    let chosen = facts.iter().find(|f| f.id == form.fact.as_str()).map(|f| f.id.as_str());
    html! {
        form.plan-add id=(FORM_ID) data-plan-add="" novalidate aria-labelledby="plan-add-title" {
            h3 id="plan-add-title" { (PlanWord::AddTitle.text(lang)) }
            // An alert only while it says something: the plan is drawn anew, so an error that
            // comes is announced, and an empty form holds no empty alert.
            p.field-error id=(ERROR_ID) role=[form.error.map(|_| "alert")] { @if let Some(e) = form.error { (e.text(lang)) } }
            div.plan-field {
                label for=(DATE_ID) { (PlanWord::AddDate.text(lang)) }
                input id=(DATE_ID) type="date" min=[report.profile.assessed_on.succ_opt()] value=(form.on)
                    aria-describedby=(described) aria-invalid=[invalid(DATE_ID)];
            }
            div.plan-field {
                label for=(FACT_ID) { (PlanWord::AddFact.text(lang)) }
                select id=(FACT_ID) data-plan-fact="" aria-describedby=(described) aria-invalid=[invalid(FACT_ID)] {
                    option value="" { (PlanWord::ChooseOne.text(lang)) }
                    @for f in &facts { option value=(f.id) selected[Some(f.id.as_str()) == chosen] { (f.label.get(en)) } }
                }
            }
            div.plan-field id=(VALUE_SLOT_ID) { (value_field(chosen, &form.value, wrong == Some(VALUE_ID), lang)) }
            p.hint id=(HINT_ID) { (PlanWord::AddValueHint.text(lang)) }
            button.primary type="submit" data-plan-add="" { (PlanWord::AddButton.text(lang)) }
        }
    }
}

/// The planned changes, each shown as planned, with its remove button (`data-plan-remove`, its
/// index in the plan) where the plan may be changed (`editable`).
pub fn changes_list(workplan: &Workplan, editable: bool, lang: Lang) -> Markup {
    html! {
        div.plan-changes-part {
            h3 id=(CHANGES_ID) tabindex="-1" { (PlanWord::PlannedTitle.text(lang)) }
            @if workplan.changes.is_empty() {
                p { (PlanWord::NoChanges.text(lang)) }
            } @else {
                ol.plan-changes {
                    @for (i, c) in workplan.changes.iter().enumerate() {
                        @let said = change_text(c, lang);
                        li.planned data-day=(c.on) {
                            span.pill.planned-pill { (PlanWord::Planned.text(lang)) } " "
                            span.change { (said) }
                            @if editable {
                                " "
                                button.link.no-print type="button" data-plan-remove=(i) aria-label=(PlanWord::RemoveLabel.fill(lang, &[&said])) {
                                (PlanWord::Remove.text(lang))
                            }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The forward section: each scheme as things are and with the plan, the planned changes and,
/// where the plan may be changed (`editable`), the form to add one (`form`: what it holds).
pub fn forward_section(report: &Report, workplan: &Workplan, editable: bool, form: &AddForm, lang: Lang) -> Markup {
    let forward = judge_forward(catalogue(), &report.profile, &workplan.engine_plan(), &report.schemes);
    html! {
        section.plan-section.plan-forward id="plan-forward" aria-labelledby="plan-forward-title" {
            h2 id="plan-forward-title" { (PlanWord::ForwardTitle.text(lang)) }
            p.note { (PlanWord::PlanNote.text(lang)) }
            (forward_list(&forward, !workplan.changes.is_empty(), lang))
            (changes_list(workplan, editable, lang))
            @if editable { div.no-print { (add_form(report, form, lang)) } }
        }
    }
}

// ── §5 Narrow margins ─────────────────────────────────────────────────────────────────────

/// One narrow margin as a sentence with its figures: "中试场地面积 2 050 m²，仅比要求的 2 000 m² 多 2.5 %".
pub fn margin_text(n: &Narrow, lang: Lang) -> String {
    let u = fact_unit(&n.fact);
    let pct = |p: f64| figure((p * 10.0).round() / 10.0);
    match &n.margin {
        Margin::Number { have, threshold, at_least, percent, margin } => {
            let w = match (*at_least, *margin == 0.0) {
                (true, false) => PlanWord::MarginAtLeast,
                (false, false) => PlanWord::MarginAtMost,
                (true, true) => PlanWord::MarginAtLeastExactly,
                (false, true) => PlanWord::MarginAtMostExactly,
            };
            w.fill(
                lang,
                &[&label(&n.fact, lang), &amount(*have, u, lang), &amount(*threshold, u, lang), &pct(*percent)],
            )
        }
        Margin::Share { part, whole, have_percent, need_percent, at_least, spare } => {
            let w = if *at_least { PlanWord::MarginShareAtLeast } else { PlanWord::MarginShareAtMost };
            w.fill(
                lang,
                &[
                    &label(&n.fact, lang),
                    &pct(*have_percent),
                    &figure(*part),
                    &figure(*whole),
                    &figure(*need_percent),
                    &figure(spare + 1.0),
                ],
            )
        }
        Margin::Lapses { last_day, days } => PlanWord::MarginLapses
            .fill(lang, &[&summary(&n.scheme, &n.criterion, lang), &text::day(*last_day, lang), &days.to_string()]),
        Margin::Window { free_from, days } => PlanWord::MarginWindow
            .fill(lang, &[&summary(&n.scheme, &n.criterion, lang), &text::day(*free_from, lang), &days.to_string()]),
    }
}

/// The criteria met by a narrow margin, each as a sentence with its scheme and citation.
pub fn margins_section(list: &[Narrow], lang: Lang) -> Markup {
    html! {
        section.plan-section.margins id="plan-margins" aria-labelledby="plan-margins-title" {
            h2 id="plan-margins-title" { (PlanWord::MarginsTitle.text(lang)) }
            @if list.is_empty() {
                p { (PlanWord::NoMargins.text(lang)) }
            } @else {
                p.note { (PlanWord::MarginsIntro.text(lang)) }
                ul.narrow {
                    @for n in list {
                        li data-scheme=(n.scheme) data-criterion=(n.criterion) {
                            (margin_text(n, lang)) (lang.pick("", " "))
                            span.note { (lang.pick("（", "(")) (place(&n.scheme, &n.criterion, lang)) (lang.pick("）", ")")) }
                        }
                    }
                }
            }
        }
    }
}

// ── §6 A report judged by other rules ─────────────────────────────────────────────────────

fn status_of(kind: StatusKind) -> Status {
    match kind {
        StatusKind::Met => Status::Met,
        StatusKind::NotMet => Status::NotMet,
        StatusKind::Unknown => Status::Unknown,
        StatusKind::NotApplicable => Status::NotApplicable,
        StatusKind::Declared => Status::Declared,
    }
}

/// A recorded verdict in words.
pub fn verdict_kind_text(v: &VerdictKind, lang: Lang) -> String {
    match v {
        VerdictKind::Ready => text::verdict(&Verdict::Ready, lang),
        VerdictKind::Gaps => text::verdict(&Verdict::Gaps, lang),
        VerdictKind::NotYet { from } => text::verdict(&Verdict::NotYet { from: *from, boundary: false }, lang),
        VerdictKind::NoDay {} => Msg::VerdictNoDay.text(lang).into(),
        VerdictKind::NotInForce => text::verdict(&Verdict::NotInForce, lang),
    }
}

fn status_pill(kind: Option<StatusKind>, missing: PlanWord, lang: Lang) -> Markup {
    html! {
        @match kind {
            Some(k) => span class={ "status " (text::status_class(status_of(k))) } { span.pill { (text::status(status_of(k), lang)) } },
            None => span.note { (missing.text(lang)) },
        }
    }
}

fn scheme_change(s: &SchemeChange, lang: Lang) -> Markup {
    let en = lang.is_en();
    let scheme = catalogue().scheme(&s.scheme);
    html! {
        li.diff-scheme data-scheme=(s.scheme) {
            h3 { (short_name(&s.scheme, lang)) }
            p {
                (PlanWord::DiffThen.text(lang))
                @match &s.then { Some(v) => { (verdict_kind_text(v, lang)) }, None => { (PlanWord::DiffNotRecorded.text(lang)) } }
                " → " (PlanWord::DiffNow.text(lang)) strong { (verdict_kind_text(&s.now, lang)) }
                @if !s.verdict_changed() { (lang.pick("", " ")) span.note { (lang.pick("（", "(")) (PlanWord::DiffVerdictSame.text(lang)) (lang.pick("）", ")")) } }
            }
            @if s.criteria.is_empty() {
                p.note { (PlanWord::DiffNoCriteria.text(lang)) }
            } @else {
                ul.diff-criteria {
                    @for c in &s.criteria {
                        @let criterion = scheme.and_then(|sc| sc.criteria.iter().find(|x| x.id == c.criterion.as_str()));
                        li {
                            @match (&c.citation, criterion) {
                                (Some(cited), Some(x)) => { strong { (cited.get(en)) } " " (x.summary.get(en)) }
                                _ => { strong { (c.criterion) } (lang.pick("", " ")) span.note { (lang.pick("（", "(")) (PlanWord::DiffGoneCriterion.text(lang)) (lang.pick("）", ")")) } }
                            }
                            (Msg::Colon.text(lang))
                            (status_pill(c.then, PlanWord::DiffNotThen, lang)) " → " (status_pill(c.now, PlanWord::DiffGoneCriterion, lang))
                        }
                    }
                }
            }
        }
    }
}

/// What moved between the rules that judged a report and the rules now: each scheme's verdict
/// then and now, each criterion whose status moved with its current citation. Nothing when
/// there is no diff.
pub fn diff_section(diff: Option<&RulesDiff>, lang: Lang) -> Markup {
    let Some(d) = diff else { return html! {} };
    html! {
        section.plan-section.rules-diff id="plan-diff" aria-labelledby="plan-diff-title" {
            h2 id="plan-diff-title" { (PlanWord::DiffTitle.text(lang)) }
            p { (PlanWord::DiffIntro.fill(lang, &[&d.then_rules, &d.then_hash, &d.now_hash])) }
            ul.diff-schemes { @for s in &d.schemes { (scheme_change(s, lang)) } }
            @if !d.gone.is_empty() {
                p.warning { (PlanWord::DiffGoneSchemes.fill(lang, &[&d.gone.join(Msg::ListSep.text(lang))])) }
            }
        }
    }
}

// ── The page ──────────────────────────────────────────────────────────────────────────────

/// The plan's part of the report page, in the order a clerk works through it: what moved if the
/// rules changed, which fix unlocks the most, the verdicts with the plan and the plan itself,
/// the timeline with its table and calendar, and the criteria met by a narrow margin.
/// `diff`: what moved if the report was judged by other rules ([`crate::report::diff::against_current`]);
/// `today`: the day the page is shown (marked on the timeline); `editable`: whether the plan may be
/// changed here (the remove buttons and the add form); `form`: what the add form holds (what was
/// typed and the error, when it is drawn again after an error; `AddForm::default()` otherwise).
/// How the plan is drawn besides its report and plan: what the plan module holds between two
/// drawings.
#[derive(Clone, Debug, Default)]
pub struct Screen {
    /// What changed since the report was judged, when other rules judged it.
    pub diff: Option<RulesDiff>,
    /// Marked on the timeline.
    pub today: NaiveDate,
    /// Whether the plan may be changed here (not for a report opened from someone else's link).
    pub editable: bool,
    /// The add form's typed values and error.
    pub form: AddForm,
    /// The evidence item being marked: it stays open when the plan is drawn again.
    pub open_item: Option<String>,
}

/// The fixes of a report's open hard criteria, ranked ([`rank`]): they follow from the report
/// alone, so the plan module ranks them once per report, not at every drawing.
pub fn fixes_of(report: &Report) -> Fixes {
    rank(catalogue(), &report.profile, &report.schemes)
}

/// The part of the plan the report page shows at its top (above the criteria): the closest
/// schemes and the ones a single change makes ready.
pub fn plan_top(fixes: &Fixes, lang: Lang) -> String {
    html! { div.plan lang=(lang.code()) { (closest_section(fixes, lang)) } }.into_string()
}

/// The plan below the report: what moved under other rules, the ranked fixes (`fixes`, the
/// report's: [`fixes_of`]), the evidence checklist, the verdicts with the plan and its form, the
/// timeline and narrow margins.
pub fn plan_page(report: &Report, workplan: &Workplan, fixes: &Fixes, screen: &Screen, lang: Lang) -> String {
    let margins = narrow(catalogue(), &report.profile, &report.schemes, &Margins::default());
    let Screen { diff, today, editable, form, open_item } = screen;
    let (diff, editable, open_item) = (diff.as_ref(), *editable, open_item.as_deref());
    let timeline = Timeline::of_report(report, workplan, *today);
    html! {
        div.plan lang=(lang.code()) {
            (diff_section(diff, lang))
            (fixes_section(fixes, lang))
            (super::checklist::checklist_section(report, workplan, editable, open_item, lang))
            (forward_section(report, workplan, editable, form, lang))
            (timeline_section(&timeline, lang))
            (margins_section(&margins, lang))
        }
    }
    .into_string()
}

/// The names of the attributes the markup writes, as [`fields`] gives them (for the tests that
/// hold the two together).
pub const ATTRIBUTES: [&str; 4] = [fields::PLAN_REMOVE, fields::PLAN_ADD, fields::PLAN_FACT, fields::PLAN_DOWNLOAD];
