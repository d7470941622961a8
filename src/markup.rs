//! The app's pages as escaped HTML where views are not needed, shown with `inner_html`: the
//! check page's answers, the scheme cards, the list of steps, the error summary, the live
//! readiness panel, the saved-report cards, and the fields whose state the browser keeps (score
//! fields, incident rows, radio groups) with each question's head. Plain functions, tested
//! natively; in the wasm they weigh a fraction of the same markup built as views. Links in them
//! are plain `?page=…` addresses, followed inside the app by one listener
//! (`ui::nav::follow_links`); controls carry `data-` attributes for one listener per list.

use crate::engine::{validity, Assessment, FactValue, IdMap, Profile, Validity};
use crate::i18n::{Lang, Msg};
use crate::input::InputError;
use crate::report::html::escape;
use crate::report::text;
use crate::schemes::{FactDef, Scheme, SchemeKind};
use crate::walk::{steps, topic_facts, Step};
use chrono::NaiveDate;
use std::fmt::Write;

/// The message for a field's error.
pub fn error_msg(e: InputError) -> Msg {
    match e {
        InputError::NotANumber => Msg::ErrNotANumber,
        InputError::Negative => Msg::ErrNegative,
        InputError::NotWhole => Msg::ErrNotWhole,
        InputError::TooLarge => Msg::ErrTooLarge,
        InputError::TooSmall => Msg::ErrTooSmall,
        InputError::NotADate => Msg::ErrNotADate,
        InputError::InFuture => Msg::ErrInFuture,
        InputError::TooEarly => Msg::ErrTooEarly,
        InputError::AboveOther => Msg::ErrAboveOther,
        InputError::WrongUnit(unit) => crate::input::wrong_unit_msg(unit),
        InputError::Separators => Msg::ErrSeparators,
    }
}

/// The error of the field `field` (an element id, already escaped), written next to it as
/// `{field}-error`, the id the field's `aria-describedby` names.
fn field_error(h: &mut String, field: &str, msg: Msg, lang: Lang) {
    let _ = write!(h, "<p class=\"field-error\" id=\"{field}-error\">{}</p>", escape(msg.text(lang)));
}

/// An answer in words.
pub fn answer(fact: &FactDef, value: Option<&FactValue>, lang: Lang) -> String {
    match value {
        None => Msg::NotAnswered.text(lang).to_string(),
        Some(FactValue::Number(n)) => {
            format!("{} {}", text::number(*n), text::unit(fact.unit, lang)).trim().to_string()
        }
        Some(FactValue::YesNo(b)) => (if *b { Msg::Yes } else { Msg::No }).text(lang).to_string(),
        Some(FactValue::Date(d)) => d.to_string(),
        Some(FactValue::Choice(c)) => fact
            .options
            .iter()
            .find(|o| &o.id == c)
            .map(|o| o.label.get(lang.is_en()).to_string())
            .unwrap_or_else(|| c.clone()),
        Some(FactValue::Incidents(l)) if l.is_empty() => Msg::IncidentsNone.text(lang).to_string(),
        Some(FactValue::Incidents(l)) => {
            l.iter().map(|i| text::incident(i, lang)).collect::<Vec<_>>().join(lang.pick("；", "; "))
        }
    }
}

/// A "Change" link to `query`, named for screen readers by what it changes.
fn change_link(h: &mut String, query: &str, what: &str, lang: Lang) {
    let _ = write!(
        h,
        "<a href=\"?{}\">{}<span class=\"visually-hidden\"> {}</span></a>",
        escape(query),
        escape(Msg::Change.text(lang)),
        escape(what)
    );
}

/// The check page: every answer by topic (only the questions asked), then the self-ratings of
/// the performance tables, each with a Change link back to its step. `kept` are the link
/// parameters that travel with every page (`&key=value…`).
pub fn answers(schemes: &[String], profile: &Profile, lang: Lang, kept: &str) -> String {
    let en = lang.is_en();
    let mut h = String::new();
    for (i, step) in steps(schemes).into_iter().enumerate() {
        let query = format!("page=step&step={}&from=check{kept}", i + 1);
        match step {
            Step::Topic(topic) => {
                let _ = write!(h, "<h2>{}</h2><dl class=\"answers\">", escape(topic.name.get(en)));
                for f in topic_facts(topic, schemes)
                    .into_iter()
                    .filter(|f| f.ask_when.as_ref().is_none_or(|c| profile.holds(c) == Some(true)))
                {
                    let label = f.label.get(en);
                    let _ = write!(
                        h,
                        "<dt>{}</dt><dd>{}</dd><dd>",
                        escape(label),
                        escape(&answer(f, profile.facts.get(f.id.as_str()), lang))
                    );
                    change_link(&mut h, &format!("{query}#q-{}-block", f.id), label, lang);
                    h.push_str("</dd>");
                }
                h.push_str("</dl>");
            }
            Step::Performance(table) => {
                let title = step.title(lang);
                let _ = write!(h, "<h2>{}</h2><p>", escape(&title));
                change_link(&mut h, &query, &title, lang);
                h.push_str("</p><dl class=\"answers\">");
                for ind in table.indicators.iter() {
                    let value = match profile.scores.get(ind.id.as_str()) {
                        Some(v) => format!("{} / {}", text::number(*v), ind.weight),
                        None => Msg::NotAnswered.text(lang).to_string(),
                    };
                    let _ = write!(h, "<dt>{}</dt><dd>{}</dd><dd></dd>", escape(ind.name.get(en)), escape(&value));
                }
                h.push_str("</dl>");
            }
        }
    }
    h
}

/// A scheme's card on the start page, inside the label of its checkbox: name, issuer and
/// document number, region, kind, number of criteria, and whether it is in force `today` (in
/// the report's words).
pub fn scheme_card(scheme: &Scheme, today: NaiveDate, lang: Lang) -> String {
    let en = lang.is_en();
    let colon = lang.pick("：", ": ");
    let mut h = format!(
        "<span class=\"card-title\">{}</span><span class=\"card-meta\"><span>{}{colon}{}</span>",
        escape(scheme.name.get(en)),
        escape(Msg::Issuer.text(lang)),
        escape(scheme.issuer.get(en)),
    );
    if let Some(n) = &scheme.document_number {
        let _ = write!(h, "<span> · <span lang=\"zh-CN\">{}</span></span>", escape(n));
    }
    let kind = if scheme.kind == SchemeKind::PilotBase { Msg::KindPilotBase } else { Msg::KindInnovationCentre };
    let _ = write!(
        h,
        "</span><span class=\"card-meta\"><span>{}{colon}{}</span> · <span>{}</span> · <span class=\"nowrap\">{} {}</span></span><span class=\"card-status\">{}</span>",
        escape(Msg::Region.text(lang)),
        escape(scheme.region.get(en)),
        escape(kind.text(lang)),
        scheme.criteria.len(),
        escape(Msg::CriteriaCount.text(lang)),
        escape(&text::validity(&validity(&scheme.period, today), lang)),
    );
    h
}

/// The card's class for a scheme not in force `today` (ended or not yet begun), or undated.
pub fn scheme_card_class(scheme: &Scheme, today: NaiveDate) -> &'static str {
    match validity(&scheme.period, today) {
        Validity::Expired { .. } | Validity::NotYet { .. } => "card expired",
        Validity::Unknown => "card undated",
        _ => "card",
    }
}

/// The list of steps as links, the `current` one (from 0) marked for screen readers.
pub fn step_links(steps: &[Step], current: usize, lang: Lang, kept: &str) -> String {
    let mut h = String::new();
    for (i, s) in steps.iter().enumerate() {
        let _ = write!(
            h,
            "<li><a href=\"?page=step&amp;step={}{}\"{}>{}. {}</a></li>",
            i + 1,
            escape(kept),
            if i == current { " aria-current=\"step\"" } else { "" },
            i + 1,
            escape(&s.title(lang))
        );
    }
    h
}

/// The errors of a step's fields, each linking to its field.
pub fn error_summary(errors: &IdMap<InputError>, lang: Lang) -> String {
    let mut h = String::new();
    for (fact, err) in errors.iter() {
        let _ = write!(
            h,
            "<li><a href=\"#q-{}\">{}: {}</a></li>",
            escape(fact),
            escape(&text::fact_label(fact, lang)),
            escape(error_msg(*err).text(lang))
        );
    }
    h
}

/// The self-ratings of `table` that cannot be read, as more items of the error summary, each
/// linking to its field.
pub fn score_error_summary(table: &crate::schemes::PerformanceTable, bad: &IdMap<BadScore>, lang: Lang) -> String {
    let mut h = String::new();
    for i in table.indicators.iter() {
        if let Some((e, _)) = bad.get(i.id.as_str()) {
            let _ = write!(
                h,
                "<li><a href=\"#score-{}\">{}: {}</a></li>",
                escape(&i.id),
                escape(i.name.get(lang.is_en())),
                escape(score_error(*e).text(lang))
            );
        }
    }
    h
}

/// The message for a self-rating that cannot be read.
fn score_error(e: InputError) -> Msg {
    if e == InputError::TooLarge {
        Msg::ErrAboveWeight
    } else {
        error_msg(e)
    }
}

/// Each chosen scheme's verdict and readiness, for the panel beside the questions.
pub fn live_readiness(assessment: &Assessment, lang: Lang) -> String {
    let mut h = String::new();
    for s in &assessment.schemes {
        let Some(scheme) = crate::schemes::catalogue().scheme(&s.scheme) else { continue };
        let _ = write!(
            h,
            "<li class=\"verdict-line {}\"><strong>{}</strong><br>{} · {} {}%</li>",
            text::verdict_class(&s.verdict),
            escape(scheme.short_name.get(lang.is_en())),
            escape(&text::verdict(&s.verdict, lang)),
            escape(Msg::Readiness.text(lang)),
            s.readiness
        );
    }
    h
}

/// The saved reports as cards, newest first as given: a checkbox to pick two for comparison
/// (checked for those in `chosen`), name and date, each scheme's verdict, and the buttons.
/// The buttons carry `data-action` (open, rename, duplicate, delete) and every control
/// `data-id`, the report's id, for the page's one listener.
pub fn saved_report_cards(reports: &[crate::report::Report], chosen: &[String], lang: Lang) -> String {
    let mut h = String::new();
    for r in reports {
        let id = escape(&r.id);
        let _ = write!(
            h,
            "<li class=\"card saved\"><input type=\"checkbox\" id=\"cmp-{id}\" data-id=\"{id}\"{}><div><label for=\"cmp-{id}\" class=\"card-title\">{} · {}</label><span class=\"visually-hidden\">{}</span><ul class=\"card-meta\">",
            if chosen.contains(&r.id) { " checked" } else { "" },
            escape(&r.name),
            r.stamp.assessed_on,
            escape(Msg::SelectForCompare.text(lang)),
        );
        for s in &r.assessment.schemes {
            let name = crate::schemes::catalogue()
                .scheme(&s.scheme)
                .map(|c| c.short_name.get(lang.is_en()))
                .unwrap_or_default();
            let _ = write!(h, "<li>{}: {}</li>", escape(name), escape(&text::verdict_and_readiness(s, lang)));
        }
        h.push_str("</ul><div class=\"actions\">");
        for (action, msg) in
            [("open", Msg::Open), ("rename", Msg::Rename), ("duplicate", Msg::Duplicate), ("delete", Msg::Delete)]
        {
            let _ = write!(
                h,
                "<button type=\"button\" data-action=\"{action}\" data-id=\"{id}\">{}</button>",
                escape(msg.text(lang))
            );
        }
        h.push_str("</div></div></li>");
    }
    h
}

/// The options of an incident's kind, `selected` chosen.
pub fn incident_kind_options(selected: crate::schemes::IncidentKind, lang: Lang) -> String {
    options(text::KINDS.iter().map(|(k, zh, en)| (k.name(), lang.pick(zh, en), *k == selected)))
}

/// The grades an incident of `kind` can have, `selected` chosen.
pub fn incident_grade_options(
    kind: crate::schemes::IncidentKind,
    selected: crate::schemes::Severity,
    lang: Lang,
) -> String {
    options(text::grades(kind).iter().map(|(g, zh, en)| (g.name(), lang.pick(zh, en), *g == selected)))
}

fn options<'a>(items: impl Iterator<Item = (&'a str, &'a str, bool)>) -> String {
    let mut h = String::new();
    for (value, label, selected) in items {
        let _ = write!(
            h,
            "<option value=\"{value}\"{}>{}</option>",
            if selected { " selected" } else { "" },
            escape(label)
        );
    }
    h
}

/// A self-rating that could not be read: the error and the text as typed (kept in the field).
pub type BadScore = (InputError, String);

/// The self-rating fields of a performance table: per indicator its group and name, the points
/// it can give and the evidence it asks for, and a field holding the stored rating or, if it
/// is in `bad`, the text typed and the error next to it. Each field carries `data-score`, the
/// indicator's id, for the page's one input listener.
pub fn score_fields(
    table: &crate::schemes::PerformanceTable,
    scores: &IdMap<f64>,
    bad: &IdMap<BadScore>,
    lang: Lang,
) -> String {
    let en = lang.is_en();
    let mut h = String::new();
    for i in table.indicators.iter() {
        let id = escape(&i.id);
        let error = bad.get(i.id.as_str());
        let value = match error {
            Some((_, typed)) => typed.clone(),
            None => scores.get(i.id.as_str()).map(|v| text::number(*v)).unwrap_or_default(),
        };
        let _ = write!(
            h,
            "<div class=\"question{}\"><label for=\"score-{id}\">{} · {}</label><p class=\"hint\" id=\"score-{id}-hint\">{} 0–{}. {}</p>",
            if error.is_some() { " has-error" } else { "" },
            escape(i.group.get(en)),
            escape(i.name.get(en)),
            lang.pick("分值", "Points"),
            i.weight,
            escape(i.evidence.get(en)),
        );
        if let Some((e, _)) = error {
            field_error(&mut h, &format!("score-{id}"), score_error(*e), lang);
        }
        let _ = write!(
            h,
            "<input type=\"text\" inputmode=\"decimal\" class=\"num\" id=\"score-{id}\" data-score=\"{id}\" value=\"{}\" aria-invalid=\"{}\" aria-describedby=\"score-{id}-hint{}\"></div>",
            escape(&value),
            error.is_some(),
            if error.is_some() { format!(" score-{id}-error") } else { String::new() },
        );
    }
    h
}

/// A date typed into an incident's field that could not be read: the row, the error and the
/// text as typed (kept in the field).
pub type BadDate = (usize, InputError, String);

/// The incidents being edited, one fieldset each: date, kind, grade and a remove button. Every
/// control carries `data-i` (the row) and `data-field` (date, kind, grade, remove) for the
/// page's listeners. A row in `bad` shows its typed text and the error next to the field.
pub fn incident_rows(list: &[crate::engine::Incident], bad: &[BadDate], lang: Lang) -> String {
    let mut h = String::new();
    for (i, inc) in list.iter().enumerate() {
        let error = bad.iter().find(|b| b.0 == i);
        let _ = write!(
            h,
            "<fieldset class=\"incident\"><legend>#{}</legend><label for=\"incident-{i}-date\">{}</label>",
            i + 1,
            escape(Msg::IncidentDate.text(lang))
        );
        if let Some((_, e, _)) = error {
            field_error(&mut h, &format!("incident-{i}-date"), error_msg(*e), lang);
        }
        let value = error.map_or_else(|| inc.date.to_string(), |b| b.2.clone());
        let _ = write!(
            h,
            "<input type=\"text\" id=\"incident-{i}-date\" data-i=\"{i}\" data-field=\"date\" placeholder=\"YYYY-MM-DD\" value=\"{}\" aria-invalid=\"{}\"{}>\
             <label for=\"incident-{i}-kind\">{}</label><select id=\"incident-{i}-kind\" data-i=\"{i}\" data-field=\"kind\">{}</select>\
             <label for=\"incident-{i}-grade\">{}</label><select id=\"incident-{i}-grade\" data-i=\"{i}\" data-field=\"grade\">{}</select>\
             <button type=\"button\" class=\"link\" id=\"incident-{i}-remove\" data-i=\"{i}\" data-field=\"remove\">{}</button></fieldset>",
            escape(&value),
            error.is_some(),
            if error.is_some() { format!(" aria-describedby=\"incident-{i}-date-error\"") } else { String::new() },
            escape(Msg::IncidentKind.text(lang)),
            incident_kind_options(inc.kind, lang),
            escape(Msg::IncidentSeverity.text(lang)),
            incident_grade_options(inc.kind, inc.severity, lang),
            escape(Msg::IncidentRemove.text(lang)),
        );
    }
    h
}

/// A group of radio buttons named `name`: the `options` (value, label), then "I don't know yet"
/// (the empty value), the `current` value checked. Each button's id is `{name}-{value}`
/// (`{name}-unknown` for the last).
pub fn radios(name: &str, options: &[(&str, &str)], current: Option<&str>, lang: Lang) -> String {
    let name = escape(name);
    let mut h = String::new();
    for (value, label) in options.iter().copied().chain(std::iter::once(("", Msg::DontKnow.text(lang)))) {
        let id = if value.is_empty() { "unknown" } else { value };
        let _ = write!(
            h,
            "<label for=\"{name}-{0}\"><input type=\"radio\" id=\"{name}-{0}\" name=\"{name}\" value=\"{1}\"{2}>{3}</label>",
            escape(id),
            escape(value),
            if current.unwrap_or_default() == value { " checked" } else { "" },
            escape(label)
        );
    }
    h
}

/// The head of a question: its label (a `<label>` for a text field, a labelling paragraph for a
/// group of buttons), its hint, and its error if it has one. Ids: `q-{fact}-label`, `-hint`,
/// `-error`, as the fields refer to them.
pub fn question_head(fact: &FactDef, error: Option<InputError>, lang: Lang) -> String {
    let en = lang.is_en();
    let id = escape(&fact.id);
    let label = escape(fact.label.get(en));
    let mut h = match fact.kind {
        crate::schemes::FactKind::Number | crate::schemes::FactKind::Count | crate::schemes::FactKind::Date => {
            format!("<label for=\"q-{id}\">{label}</label>")
        }
        _ => format!("<p class=\"q-label\" id=\"q-{id}-label\"><strong>{label}</strong></p>"),
    };
    if let Some(hint) = &fact.hint {
        let _ = write!(h, "<p class=\"hint\" id=\"q-{id}-hint\">{}</p>", escape(hint.get(en)));
    }
    if let Some(e) = error {
        field_error(&mut h, &format!("q-{id}"), error_msg(e), lang);
    }
    h
}
