//! The step page's read-only parts as HTML, shown with `inner_html`: the list of steps, the error
//! summary, each question's head and the criteria that read its fact, and the fields whose state
//! the browser keeps (score fields, incident rows, radio groups). Plain functions, tested
//! natively; in the wasm they weigh a fraction of the same markup built as views. Written with
//! maud's `html!`, which escapes every interpolation. Controls carry `data-` attributes for one
//! listener per list.

use crate::engine::IdMap;
use crate::engine::Incident;
use crate::i18n::{Lang, Msg};
use crate::input::InputError;
use crate::report::text;
use crate::schemes::{catalogue, FactDef, FactKind, IncidentKind, PerformanceTable, Severity};
use crate::ui::contract::{IncidentField, QuestionIds, ScoreIds};
use crate::walk::Step;
use maud::{html, Markup};

/// The message for a field's error.
pub fn error_msg(e: InputError) -> Msg {
    match e {
        InputError::NotANumber => Msg::ErrNotANumber,
        InputError::Negative => Msg::ErrNegative,
        InputError::NotWhole => Msg::ErrNotWhole,
        InputError::TooLarge => Msg::ErrTooLarge,
        InputError::TooSmall => Msg::ErrTooSmall,
        InputError::NotADate => Msg::ErrNotADate,
        InputError::DateOrder => Msg::ErrDateOrder,
        InputError::NoSuchDay => Msg::ErrNoSuchDay,
        InputError::InFuture => Msg::ErrInFuture,
        InputError::TooEarly => Msg::ErrTooEarly,
        InputError::AboveOther => Msg::ErrAboveOther,
        InputError::WrongUnit(unit) => crate::input::wrong_unit_msg(unit),
        InputError::Separators => Msg::ErrSeparators,
    }
}

/// A field's error, written next to it with the id `error` that the field's `aria-describedby`
/// names.
fn field_error(error: &str, msg: Msg, lang: Lang) -> Markup {
    html! { p.field-error id=(error) { (msg.text(lang)) } }
}

/// The list of steps as links, the `current` one (from 0) marked for screen readers.
pub fn step_links(steps: &[Step], current: usize, lang: Lang, kept: &str) -> String {
    html! {
        @for (i, s) in steps.iter().enumerate() {
            li { a href={ "?page=step&step=" (i + 1) (kept) } aria-current=[(i == current).then_some("step")] {
                (i + 1) ". " (s.title(lang))
            } }
        }
    }
    .into_string()
}

/// The errors of a step's fields, each linking to its field.
pub fn error_summary(errors: &IdMap<InputError>, lang: Lang) -> String {
    html! {
        @for (fact, err) in errors.iter() {
            li { a href={ "#" (QuestionIds(fact).field()) } { (text::fact_label(fact, lang)) (Msg::Colon.text(lang)) (error_msg(*err).text(lang)) } }
        }
    }
    .into_string()
}

/// The self-ratings of `table` that cannot be read, as more items of the error summary, each
/// linking to its field.
pub fn score_error_summary(table: &PerformanceTable, bad: &IdMap<BadScore>, lang: Lang) -> String {
    html! {
        @for i in table.indicators.iter() {
            @if let Some((e, _)) = bad.get(i.id.as_str()) {
                li { a href={ "#" (ScoreIds(&i.id).field()) } { (i.name.get(lang.is_en())) (Msg::Colon.text(lang)) (score_message(i, *e, lang)) } }
            }
        }
    }
    .into_string()
}

/// The message for a self-rating that cannot be read.
/// What has been rated so far: a count and the sum of the applicant's own points (the text gives
/// no scoring formula, so no total is judged). The step shows it live as ratings are typed.
pub fn score_total(table: &PerformanceTable, scores: &IdMap<f64>, lang: Lang) -> String {
    let rated: Vec<f64> = table.indicators.iter().filter_map(|i| scores.get(i.id.as_str()).copied()).collect();
    Msg::ScoreSoFar
        .text(lang)
        .replacen("{}", &rated.len().to_string(), 1)
        .replacen("{}", &table.indicators.len().to_string(), 1)
        .replacen("{}", &text::number(rated.iter().sum()), 1)
}

/// A rating's error in words, with the indicator's own range where it matters.
fn score_message(i: &crate::schemes::Indicator, e: InputError, lang: Lang) -> String {
    score_error(e).text(lang).replace("{}", &i.weight.to_string())
}

fn score_error(e: InputError) -> Msg {
    match e {
        InputError::TooLarge => Msg::ErrAboveWeight,
        InputError::NotANumber | InputError::WrongUnit(_) | InputError::Separators => Msg::ErrNotAScore,
        e => error_msg(e),
    }
}

/// The options of an incident's kind, `selected` chosen.
pub fn incident_kind_options(selected: Option<IncidentKind>, lang: Lang) -> Markup {
    options(selected.is_none(), text::KINDS.iter().map(|(k, m)| (k.name(), m.text(lang), Some(*k) == selected)), lang)
}

/// The grades an incident of `kind` can have (none before a kind is chosen), `selected` chosen.
pub fn incident_grade_options(kind: Option<IncidentKind>, selected: Option<Severity>, lang: Lang) -> Markup {
    let grades = kind.map_or(&[][..], text::grades);
    options(selected.is_none(), grades.iter().map(|(g, m)| (g.name(), m.text(lang), Some(*g) == selected)), lang)
}

/// The options of a list; with `choose`, first an empty one asking to choose (nothing chosen yet).
fn options<'a>(choose: bool, items: impl Iterator<Item = (&'a str, &'a str, bool)>, lang: Lang) -> Markup {
    html! {
        @if choose { option value="" selected { (Msg::ChooseOne.text(lang)) } }
        @for (value, label, selected) in items {
            option value=(value) selected[selected] { (label) }
        }
    }
}

/// A self-rating that could not be read: the error and the text as typed (kept in the field).
pub type BadScore = (InputError, String);

/// The self-rating fields of a performance table: per indicator its group and name, the points
/// it can give and the evidence it asks for, and a field holding the stored rating or, if it
/// is in `bad`, the text typed and the error next to it. Each field carries `data-score`, the
/// indicator's id, for the page's one input listener.
pub fn score_fields(table: &PerformanceTable, scores: &IdMap<f64>, bad: &IdMap<BadScore>, lang: Lang) -> String {
    let en = lang.is_en();
    html! {
        p.score-total id=(crate::ui::contract::SCORE_TOTAL) aria-live="polite" { (score_total(table, scores, lang)) }
        @for i in table.indicators.iter() {
            @let ids = ScoreIds(&i.id);
            @let id = ids.field();
            @let error = bad.get(i.id.as_str());
            @let value = match error {
                Some((_, typed)) => typed.clone(),
                None => scores.get(i.id.as_str()).map(|v| text::number(*v)).unwrap_or_default(),
            };
            div.question.has-error[error.is_some()] {
                // The field scores the indicator: its label says so, with the range of points, so
                // nobody types the underlying figure (万元, m²) into it.
                label for=(id) {
                    (i.group.get(en)) " · "
                    (Msg::ScoreLabel.text(lang).replacen("{}", i.name.get(en), 1).replacen("{}", &i.weight.to_string(), 1))
                }
                p.hint id=(ids.hint()) { (Msg::EvidenceFor.text(lang)) (i.evidence.get(en)) }
                @if let Some((e, _)) = error { p.field-error id=(ids.error()) { (score_message(i, *e, lang)) } }
                input type="text" inputmode="decimal" class="num" id=(id) data-score=(i.id) value=(value)
                    aria-invalid=(error.is_some())
                    aria-describedby={ (ids.hint()) @if error.is_some() { " " (ids.error()) } };
            }
        }
    }
    .into_string()
}

/// A date typed into an incident's field that could not be read: the row, the error and the
/// text as typed (kept in the field).
pub type BadDate = (usize, InputError, String);

/// The incidents of the fact `fact` being edited, one fieldset each: date, kind, grade and a
/// remove button, with ids namespaced by the fact and the row ([`IncidentIds`]): the complete
/// ones of `list`, then the rows being entered (`pending`, numbered on). Every control carries
/// `data-i` (the row) and `data-field` (an [`IncidentField`]) for the page's listeners. A row in
/// `bad` shows its typed text and the error next to the field; a row being entered says next to
/// each field what it still needs (a date, or why the typed one cannot be read; a kind; a grade).
///
/// [`IncidentIds`]: crate::ui::contract::IncidentIds
pub fn incident_rows(
    fact: &str,
    list: &[Incident],
    bad: &[BadDate],
    pending: &[Pending],
    today: chrono::NaiveDate,
    lang: Lang,
) -> String {
    use IncidentField::{Date, Grade, Kind, Remove};
    let complete = list.iter().enumerate().map(|(i, inc)| {
        let bad = bad.iter().find(|b| b.0 == i);
        let date = bad.map_or_else(|| inc.date.to_string(), |b| b.2.clone());
        (date, Some(inc.kind), Some(inc.severity), bad.map(|b| b.1), None)
    });
    let entering = pending.iter().map(|p| (p.date.clone(), p.kind, p.grade, p.date_error(today), Some(p.needs(today))));
    html! {
        @for (i, (date, kind, grade, error, needs)) in complete.chain(entering).enumerate() {
            @let ids = QuestionIds(fact).incident(i);
            @let open = needs.is_some();
            // What the row still needs ([`Pending::needs`]); the date's error is written apart.
            @let missing_id = |field: IncidentField, k: usize| {
                needs.and_then(|n| n[k]).filter(|m| k > 0 || *m == Msg::IncidentNeedsDate).map(|_| ids.missing(field))
            };
            @let (no_date, no_kind, no_grade) = (missing_id(Date, 0), missing_id(Kind, 1), missing_id(Grade, 2));
            fieldset.incident {
                legend { (Msg::IncidentNumber.text(lang).replace("{}", &(i + 1).to_string())) }
                @if open { p.hint { (Msg::IncidentIncomplete.text(lang)) } }
                label for=(ids.control(Date)) { (Msg::IncidentDate.text(lang)) }
                @if let Some(e) = error { (field_error(&ids.date_error(), error_msg(e), lang)) }
                input type="text" id=(ids.control(Date)) data-i=(i) data-field=(Date.name()) placeholder="YYYY-MM-DD"
                    value=(date)
                    aria-invalid=(error.is_some())
                    aria-describedby=[error.map(|_| ids.date_error()).or(no_date.clone())];
                (missing(&no_date, Msg::IncidentNeedsDate, lang))
                label for=(ids.control(Kind)) { (Msg::IncidentKind.text(lang)) }
                select id=(ids.control(Kind)) data-i=(i) data-field=(Kind.name()) aria-describedby=[no_kind.clone()] { (incident_kind_options(kind, lang)) }
                (missing(&no_kind, Msg::IncidentNeedsKind, lang))
                label for=(ids.control(Grade)) { (Msg::IncidentSeverity.text(lang)) }
                select id=(ids.control(Grade)) data-i=(i) data-field=(Grade.name()) aria-describedby=[no_grade.clone()] {
                    (incident_grade_options(kind, grade, lang))
                }
                (missing(&no_grade, Msg::IncidentNeedsGrade, lang))
                button type="button" class="link" id=(ids.control(Remove)) data-i=(i) data-field=(Remove.name()) {
                    (Msg::IncidentRemove.text(lang))
                }
            }
        }
    }
    .into_string()
}

/// What a row being entered still needs next to a field, under the id `id` (nothing without one).
fn missing(id: &Option<String>, msg: Msg, lang: Lang) -> Markup {
    html! { @if let Some(id) = id { p.missing id=(id) { (msg.text(lang)) } } }
}

/// An incident row being entered, not complete yet: what was typed and chosen so far. The fact's
/// list holds complete incidents only; such a row is kept in the draft's inputs under
/// [`pending_key`] (one row a line, its date, kind and grade apart by tabs), so nothing typed is
/// lost, until it is complete and joins the list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pending {
    pub date: String,
    pub kind: Option<IncidentKind>,
    pub grade: Option<Severity>,
}

/// Where the incomplete rows of the incident fact `fact` are kept in the draft's inputs.
pub fn pending_key(fact: &str) -> String {
    format!("{fact}/new")
}

impl Pending {
    /// The rows as kept (what cannot be read is left empty).
    pub fn read(text: &str) -> Vec<Pending> {
        text.split('\n')
            .map(|line| {
                let mut f = line.split('\t');
                let date = f.next().unwrap_or_default().to_string();
                Pending {
                    date,
                    kind: f.next().and_then(IncidentKind::from_name),
                    grade: f.next().and_then(Severity::from_name),
                }
            })
            .collect()
    }

    /// The rows to keep; `None` for no rows.
    pub fn write(rows: &[Pending]) -> Option<String> {
        let line = |r: &Pending| {
            let date: String = r.date.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            format!("{date}\t{}\t{}", r.kind.map_or("", |k| k.name()), r.grade.map_or("", |g| g.name()))
        };
        (!rows.is_empty()).then(|| rows.iter().map(line).collect::<Vec<_>>().join("\n"))
    }

    /// The date's error, if one was typed that cannot be read (a date after `today` included).
    pub fn date_error(&self, today: chrono::NaiveDate) -> Option<InputError> {
        let typed = self.date.trim();
        (!typed.is_empty()).then(|| crate::input::parse_date(typed, Some(today)).err()).flatten()
    }

    /// What the row still needs, field by field (date, kind, grade), as the step page says it
    /// next to each field: why the typed date cannot be read, or that a date is needed; a kind;
    /// a grade.
    pub fn needs(&self, today: chrono::NaiveDate) -> [Option<Msg>; 3] {
        let date = match self.date_error(today) {
            Some(e) => Some(error_msg(e)),
            None => self.date.trim().is_empty().then_some(Msg::IncidentNeedsDate),
        };
        [
            date,
            self.kind.is_none().then_some(Msg::IncidentNeedsKind),
            self.grade.is_none().then_some(Msg::IncidentNeedsGrade),
        ]
    }

    /// The incident, once its date reads and a kind and one of that kind's grades are chosen.
    pub fn complete(&self, today: chrono::NaiveDate) -> Option<Incident> {
        let kind = self.kind?;
        let severity = self.grade.filter(|g| text::grades(kind).iter().any(|(x, _)| x == g))?;
        let date = crate::input::parse_date(self.date.trim(), Some(today)).ok()?;
        Some(Incident { date, kind, severity })
    }
}

/// The radio buttons of a question: the `options` (value, label), then "I don't know yet" (the
/// empty value), the `current` value checked. The group is named by the question's field id;
/// each button's id is [`QuestionIds::radio`].
pub fn radios(ids: QuestionIds, options: &[(&str, &str)], current: Option<&str>, lang: Lang) -> String {
    let name = ids.field();
    html! {
        @for (value, label) in options.iter().copied().chain(std::iter::once(("", Msg::DontKnow.text(lang)))) {
            @let id = ids.radio(value);
            label for=(id) {
                input type="radio" id=(id) name=(name) value=(value) checked[current.unwrap_or_default() == value];
                (label)
            }
        }
    }
    .into_string()
}

/// The head of a question: its label (a `<label>` for a text field, a labelling paragraph for a
/// group of buttons), its hint, and its error if it has one. Ids: `q-{fact}-label`, `-hint`,
/// `-error` ([`QuestionIds`]), as the fields refer to them.
pub fn question_head(fact: &FactDef, error: Option<InputError>, lang: Lang) -> String {
    let en = lang.is_en();
    let ids = QuestionIds(&fact.id);
    let label = fact.label.get(en);
    html! {
        @if matches!(fact.kind, FactKind::Number | FactKind::Count | FactKind::Date) {
            label for=(ids.field()) { (label) }
        } @else {
            p.q-label id=(ids.label()) { strong { (label) } }
        }
        @if let Some(hint) = &fact.hint { p.hint id=(ids.hint()) { (hint.get(en)) } }
        @if let Some(e) = error { (field_error(&ids.error(), error_msg(e), lang)) }
    }
    .into_string()
}

/// What a number field recorded, under its question's label ([`QuestionIds::note`]).
pub fn recorded_note(fact: &str, note: &str) -> String {
    html! { p.hint id=(QuestionIds(fact).note()) role="status" { (note) } }.into_string()
}

/// The criteria of the chosen schemes that read one fact, each with its article and quote (shown
/// under every question of the wizard).
pub fn criteria_reading(schemes: &[String], fact: &str, lang: Lang) -> String {
    let en = lang.is_en();
    html! {
        @for (s, c) in crate::engine::criteria_reading(catalogue(), schemes, fact) {
            li {
                strong { (s.short_name.get(en)) " " (c.citation.get(en)) }
                (Msg::Colon.text(lang)) (c.summary.get(en))
                blockquote lang="zh-CN" { (c.quote) }
            }
        }
    }
    .into_string()
}
