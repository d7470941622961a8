//! The step page's read-only parts as escaped HTML, shown with `inner_html`: the list of steps,
//! the error summary, each question's head and the criteria that read its fact, and the fields
//! whose state the browser keeps (score fields, incident rows, radio groups). Plain functions,
//! tested natively; in the wasm they weigh a fraction of the same markup built as views.
//! Controls carry `data-` attributes for one listener per list.

use crate::engine::IdMap;
use crate::i18n::{Lang, Msg};
use crate::input::InputError;
use crate::report::html::escape;
use crate::report::text;
use crate::schemes::{catalogue, FactDef};
use crate::walk::Step;
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

/// The criteria of the chosen schemes that read one fact, each with its article and quote (shown
/// under every question of the wizard).
pub fn criteria_reading(schemes: &[String], fact: &str, lang: Lang) -> String {
    let en = lang.is_en();
    let mut h = String::new();
    for (s, c) in crate::engine::criteria_reading(catalogue(), schemes, fact) {
        let _ = write!(
            h,
            "<li><strong>{} {}</strong>{}{}<blockquote lang=\"zh-CN\">{}</blockquote></li>",
            escape(s.short_name.get(en)),
            escape(c.citation.get(en)),
            lang.pick("：", ": "),
            escape(c.summary.get(en)),
            escape(&c.quote),
        );
    }
    h
}

/// What a number field recorded, under its question's label (`q-{fact}-note`).
pub fn recorded_note(fact: &str, note: &str) -> String {
    format!("<p class=\"hint\" id=\"q-{}-note\" role=\"status\">{}</p>", escape(fact), escape(note))
}
